import TerminalKit

/// The `?` overlay: the rows `HelpLayout` lays out, from `scroll` on, and how to scroll or close it.
enum HelpOverlay {
    static func render(_ hints: [KeyBinding], scroll: Int, in screen: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let layout = HelpLayout(hints, in: screen)
        var lines = layout.lines
        var closing = s.helpClose
        if lines.count > layout.page {
            let first = min(max(0, scroll), layout.maximumScroll)
            lines = Array(layout.lines[first..<first + layout.page])
            closing = s.helpScroll(first + 1, first + layout.page, of: layout.lines.count)
        }
        lines.append("")
        lines.append(closing)
        Overlay.render(title: s.helpTitle, lines: lines, in: screen, into: &buffer)
    }
}
