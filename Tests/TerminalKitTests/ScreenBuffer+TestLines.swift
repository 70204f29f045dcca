import TerminalKit

extension ScreenBuffer {
    /// Each row's text without trailing spaces, so expected screens can be written plainly.
    var trimmedLines: [String] {
        lines.map { line in
            var trimmed = line
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed
        }
    }
}
