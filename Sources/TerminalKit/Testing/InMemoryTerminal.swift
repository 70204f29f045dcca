/// A `Terminal` that lives in memory: tests script its events and read back what was shown.
public final class InMemoryTerminal: Terminal {
    /// The current size; a scripted `.resize` event changes it when it is delivered.
    public var size: Size
    /// The events still to be delivered by `nextEvent`, first one first.
    public private(set) var pendingEvents: [TerminalEvent]
    /// The last frame presented, or nil before the first.
    public private(set) var lastFrame: ScreenBuffer?
    /// The cursor of the last frame presented (nil: hidden).
    public private(set) var lastCursor: Point?
    /// How many frames have been presented.
    public private(set) var frames = 0

    /// A terminal of the given size that will deliver `events` in order.
    public init(size: Size, events: [TerminalEvent] = []) {
        self.size = size
        self.pendingEvents = events
    }

    /// Adds events to the end of the queue.
    public func enqueue(_ events: [TerminalEvent]) {
        pendingEvents += events
    }

    /// Adds key presses to the end of the queue.
    public func enqueue(keys: [Key]) {
        enqueue(keys.map(TerminalEvent.key))
    }

    /// The text of each row of the last frame (empty before the first frame).
    public var lines: [String] { lastFrame?.lines ?? [] }

    public func present(_ buffer: ScreenBuffer, cursor: Point?) {
        lastFrame = buffer
        lastCursor = cursor
        frames += 1
    }

    /// The next scripted event at once, or nil when none is left (the timeout is not waited).
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !pendingEvents.isEmpty else { return nil }
        let event = pendingEvents.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }
}
