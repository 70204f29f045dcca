import DialogueKit

/// One line of the export picker: a format (and for CSV, which table) with its description.
struct ExportChoice: Equatable, Sendable {
    var format: ExportFormat
    var table: ExportTable
    /// What the file holds and who opens it, in Swedish.
    var label: String

    /// Every export the picker offers, the report's two formats first.
    static var all: [ExportChoice] {
        let s = UIStrings.swedish
        return [
            ExportChoice(format: .html, table: .inputs, label: s.exportHTML),
            ExportChoice(format: .md, table: .inputs, label: s.exportMarkdown),
            ExportChoice(format: .ics, table: .inputs, label: s.exportICS),
            ExportChoice(format: .csv, table: .inputs, label: s.exportCSVInputs),
            ExportChoice(format: .csv, table: .goals, label: s.exportCSVGoals),
            ExportChoice(format: .csv, table: .groups, label: s.exportCSVGroups),
            ExportChoice(format: .csv, table: .activities, label: s.exportCSVActivities),
            ExportChoice(format: .json, table: .inputs, label: s.exportJSON),
        ]
    }
}
