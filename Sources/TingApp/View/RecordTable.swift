import DialogueKit
import TerminalKit

/// A list of planning entries as a table: a title with the count, a header of the fields' labels,
/// and one truncated row per entry from the scroll position that keeps the selection in view.
enum RecordTable {
    /// Draws the table; `selected` is nil when the list does not have the selection.
    static func render<R: PlanningRecord>(
        _ records: [R], title: String, empty: String, selected: Int?, in rect: Rect,
        into buffer: inout ScreenBuffer
    ) {
        guard !rect.isEmpty else { return }
        let marker = selected == nil ? "  " : "▸ "
        buffer.write(
            "\(marker)\(title) (\(records.count))", at: Point(x: rect.x, y: rect.y), style: Style(.header, bold: true),
            clip: rect)
        let fields = R.Field.allCases
        let widths = columnWidths(fields, width: rect.width - 2)
        write(fields.map(\.label), widths: widths, y: rect.y + 1, in: rect, style: Style(.muted), into: &buffer)
        let rows = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: max(0, rect.height - 2))
        guard !records.isEmpty else {
            buffer.write(empty, at: Point(x: rows.x + 2, y: rows.y), style: Style(.muted), clip: rows)
            return
        }
        let first = max(0, (selected ?? 0) - rows.height + 1)
        for (offset, record) in records.dropFirst(first).prefix(rows.height).enumerated() {
            let y = rows.y + offset
            let isSelected = first + offset == selected
            let style = Style(isSelected ? .selection : .normal)
            if isSelected {
                buffer.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: style)
                buffer.write(">", at: Point(x: rows.x, y: y), style: style, clip: rows)
            }
            let cells = fields.map { field in
                let text = field.text(of: record)
                return text.isEmpty ? "–" : text
            }
            write(cells, widths: widths, y: y, in: rows, style: style, into: &buffer)
        }
    }

    /// Fixed widths where the fields ask for them; the rest shared equally by the other fields.
    private static func columnWidths<F: RecordField>(_ fields: [F], width: Int) -> [Int] {
        let fixed = fields.compactMap(\.columnWidth).reduce(0, +)
        let flexible = fields.filter { $0.columnWidth == nil }.count
        let share = flexible == 0 ? 0 : max(0, width - fixed) / flexible
        return fields.map { $0.columnWidth ?? share }
    }

    private static func write(
        _ cells: [String], widths: [Int], y: Int, in rect: Rect, style: Style, into buffer: inout ScreenBuffer
    ) {
        var x = rect.x + 2
        for (cell, width) in zip(cells, widths) where x < rect.maxX {
            let line = cell.split(whereSeparator: \.isNewline).joined(separator: " ")
            buffer.write(TextWrap.truncate(line, width: width - 1), at: Point(x: x, y: y), style: style, clip: rect)
            x += width
        }
    }
}
