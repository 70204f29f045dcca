import TerminalKit

extension AppState {
    /// Keys in the text viewer (`ModeBindings.textViewer`): ↑↓ j k scroll a line, PgUp/PgDn and Space a page
    /// (`Key.scrollStep`), Home/End to the ends; Esc, q, Enter or the S or G that opened it close it. Returns the
    /// viewer, or nil once it is closed.
    func handleTextViewerKey(_ key: Key, viewer: TextViewer) -> TextViewer? {
        var viewer = viewer
        let layout = TextViewerLayout(size: size, viewer: viewer)
        switch ModeBindings.textViewer.action(for: key) {
        case .scrollEnd: viewer.scroll = key == .home ? 0 : layout.maximumScroll
        case .close: return nil
        case .scroll: viewer.scroll += key.scrollStep(page: layout.page) ?? 0
        default: break
        }
        viewer.scroll = min(max(0, viewer.scroll), layout.maximumScroll)
        return viewer
    }
}
