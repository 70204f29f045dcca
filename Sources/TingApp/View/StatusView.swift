import TerminalKit

/// The status row: the last thing that happened, errors marked by a word as well as colour.
enum StatusView {
    static func render(_ status: StatusLine?, fallback: String, in row: Rect, into buffer: inout ScreenBuffer) {
        guard let status else {
            buffer.write(
                TextWrap.truncate(fallback, width: row.width - 1), at: Point(x: row.x + 1, y: row.y),
                style: Style(.muted))
            return
        }
        let text = status.isError ? "⚠ \(status.text)" : status.text
        buffer.write(
            TextWrap.truncate(text, width: row.width - 1), at: Point(x: row.x + 1, y: row.y),
            style: Style(status.isError ? .danger : .success, bold: status.isError))
    }
}
