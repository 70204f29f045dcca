import TextSafety

extension ScreenBuffer {
    /// Draws a frame with ─│┌┐└┘ around the edge of `rect`, with an optional title in the top
    /// border (in bold). A rectangle narrower or lower than 2 cells gets no frame.
    public mutating func drawBox(_ rect: Rect, title: String? = nil, style: Style) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        drawHLine(y: rect.y, x: rect.x + 1, width: rect.width - 2, style: style)
        drawHLine(y: rect.maxY - 1, x: rect.x + 1, width: rect.width - 2, style: style)
        let firstRow = max(rect.y + 1, 0)
        let endRow = min(rect.maxY - 1, size.height)
        if firstRow < endRow {
            for y in firstRow..<endRow {
                self[rect.x, y] = Cell("│", style: style)
                self[rect.maxX - 1, y] = Cell("│", style: style)
            }
        }
        self[rect.x, rect.y] = Cell("┌", style: style)
        self[rect.maxX - 1, rect.y] = Cell("┐", style: style)
        self[rect.x, rect.maxY - 1] = Cell("└", style: style)
        self[rect.maxX - 1, rect.maxY - 1] = Cell("┘", style: style)
        if let title, !title.isEmpty, rect.width >= 5 {
            let label = " " + TextWrap.truncate(title, width: rect.width - 4) + " "
            var titleStyle = style
            titleStyle.bold = true
            let border = rect.inset(left: 1, right: 1)
            write(label, at: Point(x: rect.x + 1, y: rect.y), style: titleStyle, clip: border)
        }
    }

    /// Draws a horizontal line of ─ from (`x`, `y`), `width` cells long.
    public mutating func drawHLine(y: Int, x: Int, width: Int, style: Style) {
        let start = max(0, x)
        let end = min(size.width, x + max(0, width))
        guard y >= 0, y < size.height, start < end else { return }
        for column in start..<end { self[column, y] = Cell("─", style: style) }
    }

    /// Writes text word-wrapped to the width of `rect`, as many lines as fit its height.
    /// Returns the number of rows used.
    @discardableResult
    public mutating func writeWrapped(_ text: String, in rect: Rect, style: Style) -> Int {
        guard !rect.isEmpty else { return 0 }
        let lines = TextWrap.wrap(SafeText.clean(text, keepNewlines: true), width: rect.width)
        let rows = min(lines.count, rect.height)
        for (row, line) in lines.prefix(rows).enumerated() {
            write(line, at: Point(x: rect.x, y: rect.y + row), style: style, clip: rect)
        }
        return rows
    }
}
