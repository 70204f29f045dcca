/// What the terminal reports to the application's loop.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// A mouse click (button 1) at a cell.
    case click(Point)
    case resize(Size)
    /// SIGTERM or SIGHUP arrived: restore the terminal and quit.
    case terminate
    /// Ctrl-C (SIGINT) arrived: quit, unless the application first warns of something it would lose.
    case interrupt
}
