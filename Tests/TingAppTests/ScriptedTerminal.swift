import TerminalKit

/// A terminal whose input is a script: events, and actions run between them (another writer
/// saving the file, say), then `.terminate`. Keeps the last frame's lines.
final class ScriptedTerminal: Terminal {
    /// One step of the script.
    enum Step {
        case event(TerminalEvent)
        case run(() -> Void)
    }

    let size: Size
    private var steps: [Step]
    private(set) var lines: [String] = []

    init(size: Size, steps: [Step]) {
        self.size = size
        self.steps = steps
    }

    func present(_ buffer: ScreenBuffer, cursor: Point?) { lines = buffer.lines }

    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        while !steps.isEmpty {
            switch steps.removeFirst() {
            case .event(let event): return event
            case .run(let action): action()
            }
        }
        return .terminate
    }
}
