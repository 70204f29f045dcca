import TerminalKit

extension AppState {
    /// Keys in the text viewer: ↑↓ j k scroll a line, PgUp/PgDn and Space a page, Home/End to the
    /// ends; Esc, q or Enter close it. Returns the viewer, or nil once it is closed.
    func handleTextViewerKey(_ key: Key, viewer: TextViewer) -> TextViewer? {
        var viewer = viewer
        let layout = TextViewerLayout(size: size, viewer: viewer)
        switch key {
        case .up, .character("k"): viewer.scroll -= 1
        case .down, .character("j"): viewer.scroll += 1
        case .pageUp: viewer.scroll -= layout.page
        case .pageDown, .character(" "): viewer.scroll += layout.page
        case .home: viewer.scroll = 0
        case .end: viewer.scroll = layout.maximumScroll
        case .escape, .enter, .character("q"), .character("S"), .character("G"): return nil
        default: break
        }
        viewer.scroll = min(max(0, viewer.scroll), layout.maximumScroll)
        return viewer
    }
}
