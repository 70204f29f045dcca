import TerminalKit

extension AppState {
    /// Keys in the text viewer: ↑↓ j k scroll a line, PgUp/PgDn and Space a page (`Key.scrollStep`),
    /// Home/End to the ends; Esc, q, Enter or the S or G that opened it close it. Returns the viewer, or nil once it is closed.
    func handleTextViewerKey(_ key: Key, viewer: TextViewer) -> TextViewer? {
        var viewer = viewer
        let layout = TextViewerLayout(size: size, viewer: viewer)
        switch key {
        case .home: viewer.scroll = 0
        case .end: viewer.scroll = layout.maximumScroll
        case .escape, .enter, .character("q"), .character("S"), .character("G"): return nil
        default: viewer.scroll += key.scrollStep(page: layout.page) ?? 0
        }
        viewer.scroll = min(max(0, viewer.scroll), layout.maximumScroll)
        return viewer
    }
}
