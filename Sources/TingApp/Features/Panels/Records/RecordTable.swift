import DialogueKit
import TerminalKit

/// A list of planning entries as a table: a title with the count, the marker ▸ when the list has the
/// selection, then `Table`'s header of the fields' labels and one row per entry.
enum RecordTable {
    /// Draws the table; `selection` is nil when the list does not have the selection.
    static func render<R: PlanningRecord>(
        _ records: [R], title: String, empty: String, selection: ListSelection?, in rect: Rect,
        into buffer: inout ScreenBuffer
    ) {
        guard !rect.isEmpty else { return }
        let marker = selection == nil ? "  " : ListView.focusMarker
        buffer.write(
            "\(marker)\(title) (\(records.count))", at: Point(x: rect.x, y: rect.y), style: Style(.header, bold: true),
            clip: rect)
        let fields = R.Field.allCases
        Table.render(
            columns: fields.map { Table.Column($0.label, width: $0.columnWidth) }, count: records.count,
            selection: selection, empty: empty, in: rect.inset(top: 1), into: &buffer
        ) { index in
            fields.map { field in
                let text = field.text(of: records[index])
                return text.isEmpty ? "–" : text
            }
        }
    }
}
