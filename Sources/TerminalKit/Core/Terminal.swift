/// A place to show frames and read events: ncurses in the app, in memory in tests.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows a frame; the cursor is shown at `cursor`, or hidden when nil.
    func present(_ buffer: ScreenBuffer, cursor: Point?)
    /// Waits up to `timeoutMilliseconds` (negative: forever) for the next event.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
}
