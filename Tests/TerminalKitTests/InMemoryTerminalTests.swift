import TerminalKit
import Testing

@Suite("InMemoryTerminal")
struct InMemoryTerminalTests {
    @Test func deliversScriptedEventsInOrderThenNil() {
        let terminal = InMemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.down)])
        terminal.enqueue(keys: [.character("å"), .enter])
        terminal.enqueue([.click(Point(x: 3, y: 4)), .terminate])
        var seen: [TerminalEvent] = []
        while let event = terminal.nextEvent(timeoutMilliseconds: -1) { seen.append(event) }
        #expect(
            seen == [.key(.down), .key(.character("å")), .key(.enter), .click(Point(x: 3, y: 4)), .terminate])
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == nil)
    }

    @Test func aDeliveredResizeChangesTheSize() {
        let terminal = InMemoryTerminal(
            size: Size(width: 80, height: 24), events: [.resize(Size(width: 40, height: 12))])
        #expect(terminal.size == Size(width: 80, height: 24))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .resize(Size(width: 40, height: 12)))
        #expect(terminal.size == Size(width: 40, height: 12))
    }

    @Test func recordsTheLastFrameAndCursor() {
        let terminal = InMemoryTerminal(size: Size(width: 6, height: 2))
        #expect(terminal.lastFrame == nil)
        #expect(terminal.lines.isEmpty)
        var buffer = ScreenBuffer(size: terminal.size)
        buffer.write("först", at: Point(x: 0, y: 0))
        terminal.present(buffer, cursor: Point(x: 5, y: 0))
        buffer.write("sen", at: Point(x: 0, y: 1))
        terminal.present(buffer, cursor: nil)
        #expect(terminal.frames == 2)
        #expect(terminal.lines == ["först ", "sen   "])
        #expect(terminal.lastCursor == nil)
        #expect(terminal.lastFrame == buffer)
    }
}
