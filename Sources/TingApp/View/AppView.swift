import TerminalKit

/// Renders the whole application state into a frame. Pure: the same state
/// always gives the same frame, and only visible rows are laid out.
public enum AppView {
    /// The smallest terminal the UI is drawn in; smaller ones get one clear line.
    public static let minimumSize = Size(width: 40, height: 10)

    public static func render(_ state: AppState) -> Frame {
        var buffer = ScreenBuffer(size: state.size)
        let screen = Rect(state.size)
        guard state.size.width >= minimumSize.width, state.size.height >= minimumSize.height else {
            let s = UIStrings.swedish
            let text = "\(s.tooSmallPrefix) \(minimumSize) (\(s.now) \(state.size))."
            buffer.writeWrapped(text, in: screen, style: Style(.warning, bold: true))
            return Frame(buffer: buffer, cursor: nil)
        }
        buffer.fill(screen)
        var cursor: Point?
        switch state.screen {
        case .library: cursor = LibraryView.render(state, into: &buffer)
        case .dialogue(let d): cursor = DialogueView.render(d, state: state, into: &buffer)
        }
        let hints = Keymap.hints(for: state)
        let bottom = Rect(x: 0, y: state.size.height - 1, width: state.size.width, height: 1)
        HintLine.render(hints.filter(\.inHintLine).map { ($0.keyText, $0.label) }, in: bottom, into: &buffer)
        StatusView.renderLongError(
            state.status, in: Rect(x: 0, y: state.size.height - 2, width: state.size.width, height: 2), into: &buffer)
        if state.showsHelp {
            HelpOverlay.render(hints, scroll: state.helpScroll, in: screen, into: &buffer)
            cursor = nil
        }
        return Frame(buffer: buffer, cursor: cursor)
    }
}
