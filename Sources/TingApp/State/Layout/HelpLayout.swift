import TerminalKit

/// Where the `?` overlay's rows go: every key of the current screen with what it does (keys that do the same
/// on one row), in two columns when one would not fit the terminal's height, and how far it scrolls (↓ / PgDn)
/// when even that does not fit. Shared by the view and by `update` (scrolling).
struct HelpLayout {
    /// Rows the overlay's frame, blank line and closing line take besides the keys.
    private static let chrome = 5

    /// Every row of keys, as shown.
    let lines: [String]
    /// Rows of keys the box shows at once: what the frame, the blank line and the closing line
    /// (wrapped, when it says how to scroll) leave.
    let page: Int

    init(_ hints: [KeyBinding], in screen: Rect) {
        lines = Self.lines(hints, in: screen)
        let rows = max(1, screen.height - Self.chrome)
        if lines.count > rows {
            let closing = UIStrings.swedish.helpScroll(100, 100, of: 100)
            page = max(1, rows + 1 - TextWrap.wrap(closing, width: max(1, screen.width - 4)).count)
        } else {
            page = rows
        }
    }

    /// The furthest the keys scroll: the last key at the bottom of the box.
    var maximumScroll: Int { max(0, lines.count - page) }

    /// One row per key, in two columns when one column is too long and two fit the width; rows
    /// wider than the box are wrapped here, so that scrolling counts the rows really shown.
    private static func lines(_ hints: [KeyBinding], in screen: Rect) -> [String] {
        let hints = merged(hints)
        let keyWidth = hints.map { DisplayWidth.of($0.keyText) }.max() ?? 0
        let entries = hints.map { hint in
            pad(hint.keyText, to: keyWidth + 2) + hint.label
        }
        let entryWidth = entries.map { DisplayWidth.of($0) }.max() ?? 0
        if entries.count + chrome > screen.height, 2 * entryWidth + 3 + 4 <= screen.width {
            let rows = (entries.count + 1) / 2
            return (0..<rows).map { row in
                let right = row + rows < entries.count ? entries[row + rows] : ""
                return pad(entries[row], to: entryWidth + 3) + right
            }
        }
        return entries.flatMap { TextWrap.wrap($0, width: max(1, screen.width - 4)) }
    }

    /// One hint per label, in the order each label first appears, with the keys of all that share it:
    /// "↑↓" and "j/k" both "flytta" become "↑↓ j/k  flytta".
    private static func merged(_ hints: [KeyBinding]) -> [KeyBinding] {
        var keys: [String: [String]] = [:]
        var labels: [String] = []
        for hint in hints {
            if keys[hint.label] == nil { labels.append(hint.label) }
            keys[hint.label, default: []].append(hint.keyText)
        }
        return labels.map { KeyBinding([], keys[$0, default: []].joined(separator: " "), $0) }
    }

    /// `text` followed by spaces up to `width` display columns.
    private static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
