import TerminalKit

/// The `?` overlay: every key of the current screen with what it does, in two columns when one
/// would not fit the terminal's height.
enum HelpOverlay {
    /// Rows the overlay's frame, blank line and closing line take besides the keys.
    private static let chrome = 5

    static func render(_ hints: [KeyHint], in screen: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let keyWidth = hints.map { DisplayWidth.of($0.key) }.max() ?? 0
        let entries = hints.map { hint in
            pad(hint.key, to: keyWidth + 2) + hint.label
        }
        var lines = entries
        let entryWidth = entries.map { DisplayWidth.of($0) }.max() ?? 0
        if entries.count + chrome > screen.height, 2 * entryWidth + 3 + 4 <= screen.width {
            let rows = (entries.count + 1) / 2
            lines = (0..<rows).map { row in
                let right = row + rows < entries.count ? entries[row + rows] : ""
                return pad(entries[row], to: entryWidth + 3) + right
            }
        }
        lines.append("")
        lines.append(s.helpClose)
        Overlay.render(title: s.helpTitle, lines: lines, in: screen, into: &buffer)
    }

    /// `text` followed by spaces up to `width` display columns.
    private static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
