import TerminalKit

/// A terminal that keeps every frame, to see what was on screen between a keypress and its save.
final class RecordingTerminal: Terminal {
    let size: Size
    private var events: [TerminalEvent]
    private(set) var frames: [[String]] = []

    init(size: Size, events: [TerminalEvent]) {
        self.size = size
        self.events = events
    }

    func present(_ buffer: ScreenBuffer, cursor: Point?) { frames.append(buffer.lines) }

    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }
}
