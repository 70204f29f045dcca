/// Draws a table into a rect: a header row of column labels, then one row per visible entry, each cell cut
/// to its column, the selected row marked as `ListView` marks it.
public enum Table {
    /// A column: its header and its width, or nil to share what the fixed columns leave.
    public struct Column: Sendable {
        public var label: String
        public var width: Int?

        public init(_ label: String, width: Int? = nil) {
            self.label = label
            self.width = width
        }
    }

    /// Draws the header and `count` rows whose cells `cells(index)` gives; `empty` shows under the header
    /// when there are no rows. `selection` nil draws no selection.
    public static func render(
        columns: [Column], count: Int, selection: ListSelection?, empty: String, in rect: Rect,
        into buffer: inout ScreenBuffer, cells: (_ index: Int) -> [String]
    ) {
        guard !rect.isEmpty else { return }
        let indent = DisplayWidth.of(ListView.marker)
        let widths = self.widths(columns, width: rect.width - indent)
        write(
            columns.map(\.label), widths: widths, at: Point(x: rect.x + indent, y: rect.y), in: rect,
            style: Style(.muted), into: &buffer)
        let rows = rect.inset(top: 1)
        guard count > 0 else {
            buffer.write(empty, at: Point(x: rows.x + indent, y: rows.y), style: Style(.muted), clip: rows)
            return
        }
        ListView.render(count: count, selection: selection, in: rows, into: &buffer) { index, line, style, buffer in
            write(cells(index), widths: widths, at: Point(x: line.x, y: line.y), in: line, style: style, into: &buffer)
        }
    }

    /// Fixed widths where the columns ask for them; the rest shared equally by the other columns.
    public static func widths(_ columns: [Column], width: Int) -> [Int] {
        let fixed = columns.compactMap(\.width).reduce(0, +)
        let flexible = columns.filter { $0.width == nil }.count
        let share = flexible == 0 ? 0 : max(0, width - fixed) / flexible
        return columns.map { $0.width ?? share }
    }

    /// Writes cells from `point` across, each on one line and cut to its width less a gap column.
    private static func write(
        _ cells: [String], widths: [Int], at point: Point, in rect: Rect, style: Style,
        into buffer: inout ScreenBuffer
    ) {
        var x = point.x
        for (cell, width) in zip(cells, widths) where x < rect.maxX {
            let line = cell.split(whereSeparator: \.isNewline).joined(separator: " ")
            buffer.write(
                TextWrap.truncate(line, width: width - 1), at: Point(x: x, y: point.y), style: style, clip: rect)
            x += width
        }
    }
}
