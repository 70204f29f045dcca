import DialogueKit
import Foundation
import TerminalKit

/// Runs the application: shows frames, turns terminal events into messages,
/// feeds them to `update`, and performs the effects it asks for.
public final class Runtime {
    private let terminal: Terminal
    private let store: DialogueStore
    private let loadCatalogs: () -> Catalogs
    private let clock: () -> Date
    private let calendar: () -> Calendar
    private var state: AppState
    private var lastFrame: Frame?

    /// A runtime on a terminal and library; `loadCatalogs` runs once, right after the first frame.
    /// `clock` and `calendar` (the machine's time zone and locale) are read before each message.
    public init(
        terminal: Terminal, store: DialogueStore, actor: String, clock: @escaping () -> Date = Date.init,
        calendar: @escaping () -> Calendar = { Calendar.current }, loadCatalogs: @escaping () -> Catalogs
    ) {
        self.terminal = terminal
        self.store = store
        self.loadCatalogs = loadCatalogs
        self.clock = clock
        self.calendar = calendar
        self.state = AppState(
            size: terminal.size, templates: [], libraryPath: store.folder.path, actor: actor, now: clock(),
            calendar: calendar())
    }

    /// The state as it is now; for tests.
    public var currentState: AppState { state }

    /// Lists the library and shows it, loads the catalogs, then loops until the user quits or
    /// the terminal ends.
    public func run(initialStatus: StatusLine? = nil) {
        state.status = initialStatus
        dispatch(.libraryListed(store.list()))
        dispatch(.catalogsLoaded(loadCatalogs()))
        while !state.isQuitting {
            guard let event = terminal.nextEvent(timeoutMilliseconds: 250) else { continue }
            dispatch(message(for: event))
        }
    }

    /// Applies a message and shows the result at once, then performs the effects it asked for
    /// (save, load, …) and dispatches their outcomes the same way: a keypress reaches the screen
    /// before its save reaches the disk, and "Sparat" follows when it has.
    public func dispatch(_ message: Message) {
        state.now = clock()
        state.calendar = calendar()
        let effects = update(&state, message)
        draw()
        for effect in effects {
            if let outcome = perform(effect) { dispatch(outcome) }
        }
    }

    private func message(for event: TerminalEvent) -> Message {
        switch event {
        case .key(let key): .keyPressed(key)
        case .click(let point): .clicked(point)
        case .resize(let size): .resized(size)
        case .terminate: .terminationRequested
        }
    }

    private func draw() {
        let frame = AppView.render(state)
        guard frame != lastFrame else { return }
        terminal.present(frame.buffer, cursor: frame.cursor)
        lastFrame = frame
    }

    /// Performs one effect; returns the message that reports its outcome.
    private func perform(_ effect: Effect) -> Message? {
        do {
            switch effect {
            case .listLibrary:
                return .libraryListed(store.list())
            case .open(let stem):
                return .dialogueOpened(try store.load(stem))
            case .save(let dialogue, let stem):
                try store.save(dialogue, as: stem)
                return .dialogueSaved(stem: stem)
            case .create(let templateID, let title):
                guard let template = state.templates.first(where: { $0.id == templateID }) else {
                    return .storeFailed(UIStrings.swedish.exampleTemplateMissing)
                }
                return try created(Dialogue(template: template, title: title, now: clock()))
            case .createExample:
                guard let template = state.templates.first(where: { $0.id == ExampleDialogue.templateID }) else {
                    return .storeFailed(UIStrings.swedish.exampleTemplateMissing)
                }
                return try created(ExampleDialogue.make(template: template, now: clock(), calendar: state.calendar))
            case .trash(let stem):
                try store.trash(stem)
                return .dialogueTrashed(stem: stem)
            case .quit:
                return nil
            }
        } catch {
            return .storeFailed(error.description)
        }
    }

    private func created(_ dialogue: Dialogue) throws(StoreError) -> Message {
        let stem = try store.create(dialogue)
        return .dialogueCreated(LoadedDialogue(stem: stem, dialogue: dialogue, isReadOnly: false, readOnlyReason: nil))
    }
}
