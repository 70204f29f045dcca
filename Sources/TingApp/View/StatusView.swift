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
        buffer.write(
            TextWrap.truncate(text(of: status), width: row.width - 1), at: Point(x: row.x + 1, y: row.y),
            style: style(of: status))
    }

    /// An error too long for the status row also takes the hint row below it, until the next key,
    /// so that what went wrong and how to fix it can be read whole.
    static func renderLongError(_ status: StatusLine?, in bottom: Rect, into buffer: inout ScreenBuffer) {
        guard let status, status.isError, bottom.height >= 2 else { return }
        let lines = TextWrap.wrap(text(of: status), width: max(1, bottom.width - 2))
        guard lines.count > 1 else { return }
        buffer.fill(bottom)
        for (offset, line) in lines.prefix(bottom.height).enumerated() {
            let shown =
                offset == bottom.height - 1 && lines.count > bottom.height
                ? TextWrap.truncate(line + " …", width: bottom.width - 2) : line
            buffer.write(shown, at: Point(x: bottom.x + 1, y: bottom.y + offset), style: style(of: status))
        }
    }

    private static func text(of status: StatusLine) -> String {
        status.isError ? "⚠ \(status.text)" : status.text
    }

    private static func style(of status: StatusLine) -> Style {
        Style(status.isError ? .danger : .success, bold: status.isError)
    }
}
