import TerminalKit

/// A rendered screen and where the cursor goes (nil: hidden).
public struct Frame: Equatable, Sendable {
    public var buffer: ScreenBuffer
    public var cursor: Point?
}
