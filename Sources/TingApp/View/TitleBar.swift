import TerminalKit

/// The top row: what is open on the left, a summary on the right.
enum TitleBar {
    static func render(left: String, right: String, in row: Rect, into buffer: inout ScreenBuffer) {
        let style = Style(.title, bold: true)
        buffer.fill(row, style: style)
        let rightWidth = DisplayWidth.of(right)
        let leftRoom = row.width - (rightWidth > 0 ? rightWidth + 2 : 0) - 1
        if leftRoom >= 10 {
            buffer.write(TextWrap.truncate(left, width: leftRoom), at: Point(x: row.x + 1, y: row.y), style: style)
            buffer.write(right, at: Point(x: row.maxX - rightWidth - 1, y: row.y), style: Style(.title))
        } else {
            buffer.write(TextWrap.truncate(left, width: row.width - 1), at: Point(x: row.x + 1, y: row.y), style: style)
        }
    }
}
