import TerminalKit

/// The `?` overlay: every key of the current screen with what it does.
enum HelpOverlay {
    static func render(_ hints: [KeyHint], in screen: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let keyWidth = hints.map { DisplayWidth.of($0.key) }.max() ?? 0
        var lines = hints.map { hint in
            hint.key + String(repeating: " ", count: keyWidth - DisplayWidth.of(hint.key) + 2) + hint.label
        }
        lines.append("")
        lines.append(s.helpClose)
        Overlay.render(title: s.helpTitle, lines: lines, in: screen, into: &buffer)
    }
}
