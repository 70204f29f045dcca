/// The kinds of file `ting export` writes: the summary report (Markdown, HTML), the schedule (iCalendar),
/// a table (CSV for Swedish Excel) and the whole dialogue (JSON).
public enum ExportFormat: String, CaseIterable, Sendable {
    case md, html, ics, csv, json

    /// The file name extension of the format, without the dot.
    public var fileExtension: String { rawValue }
}
