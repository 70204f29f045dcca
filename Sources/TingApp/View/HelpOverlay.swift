import TerminalKit

/// The `?` overlay: every key of the current screen with what it does (keys that do the same on one row),
/// in two columns when one would not fit the terminal's height.
enum HelpOverlay {
    /// Rows the overlay's frame, blank line and closing line take besides the keys.
    private static let chrome = 5

    static func render(_ hints: [KeyHint], in screen: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let hints = merged(hints)
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

    /// One hint per label, in the order each label first appears, with the keys of all that share it:
    /// "↑↓" and "j/k" both "flytta" become "↑↓ j/k  flytta".
    private static func merged(_ hints: [KeyHint]) -> [KeyHint] {
        var keys: [String: [String]] = [:]
        var labels: [String] = []
        for hint in hints {
            if keys[hint.label] == nil { labels.append(hint.label) }
            keys[hint.label, default: []].append(hint.key)
        }
        return labels.map { KeyHint(keys[$0, default: []].joined(separator: " "), $0) }
    }

    /// `text` followed by spaces up to `width` display columns.
    private static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
