import Foundation

/// The bytes of every export `ting export` and the TUI write, and the file names they suggest.
public enum DialogueExport {
    /// The bytes of one export: the summary report (md, html), the schedule (ics), one table (csv; `table`
    /// says which, the other formats ignore it) or the whole dialogue (json). `now` stamps the export;
    /// `calendar` gives the time zone dates and times are read in.
    public static func data(
        of dialogue: Dialogue, format: ExportFormat, table: ExportTable, now: Date, calendar: Calendar
    ) throws -> Data {
        switch format {
        case .md, .html:
            let report = SummaryReport(
                dialogue: dialogue, today: LocalDate(now, calendar: calendar), calendar: calendar)
            return Data((format == .md ? report.markdown() : report.html()).utf8)
        case .ics: return Data(CalendarExport(dialogue: dialogue, calendar: calendar).text(now: now).utf8)
        case .csv: return table.document(of: dialogue, calendar: calendar).data()
        case .json: return try DialogueJSONExport(dialogue, now: now).data()
        }
    }

    /// A file name for the export, from the dialogue's title: `parkdialog-rapport.html`, `parkdialog-kalender.ics`,
    /// `parkdialog-underlag.csv`, `parkdialog-export.json`.
    public static func suggestedFileName(for dialogue: Dialogue, format: ExportFormat, table: ExportTable) -> String {
        let part =
            switch format {
            case .md, .html: "rapport"
            case .ics: "kalender"
            case .csv: table.fileNamePart
            case .json: "export"
            }
        return "\(DialogueFileName.stem(forTitle: dialogue.title))-\(part).\(format.fileExtension)"
    }
}
