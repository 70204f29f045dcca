/// A list to choose one entry from, as drawn in a framed box over the screen (a level, a person, a
/// template, a kind): one row per entry, cut to the width, the selected one marked and bold, scrolled so
/// it shows.
public enum Picker {
    /// Draws `rows` into `rect` with `selected` marked; returns the rows drawn (at most `rect.height`).
    @discardableResult
    public static func render(
        _ rows: [String], selected: Int, in rect: Rect, into buffer: inout ScreenBuffer
    ) -> Int {
        let selection = ListSelection(selected: selected)
        ListView.render(
            count: rows.count, selection: selection, in: rect, normal: Style(.overlay),
            selected: Style(.selection, bold: true), fillsSelection: false, into: &buffer
        ) { index, line, style, buffer in
            buffer.write(
                TextWrap.truncate(rows[index], width: line.width), at: Point(x: line.x, y: line.y), style: style)
        }
        return selection.visibleRange(count: rows.count, height: rect.height).count
    }
}
