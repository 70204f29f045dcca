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
    /// The file version of the open dialogue that the next save goes over.
    private var openVersion: (stem: String, version: FileVersion)?
    /// Watches the disk for other writers and keeps this process's presence file.
    private var watch: DiskWatch
    /// The wall-clock second of the last `clockTicked`, so that the clock ticks once a second.
    private var tickedSecond: Int?

    /// A runtime on a terminal and library; `loadCatalogs` runs once, right after the first frame.
    /// `clock` and `calendar` (the machine's time zone and locale) are read before each message; the disk is
    /// looked at for other writers' changes every `diskCheckInterval`.
    public init(
        terminal: Terminal, store: DialogueStore, actor: String, clock: @escaping () -> Date = Date.init,
        calendar: @escaping () -> Calendar = { Calendar.current }, diskCheckInterval: Duration = .seconds(1),
        loadCatalogs: @escaping () -> Catalogs
    ) {
        self.watch = DiskWatch(checkInterval: diskCheckInterval)
        self.terminal = terminal
        self.store = store
        self.loadCatalogs = loadCatalogs
        self.clock = clock
        self.calendar = calendar
        self.state = AppState(
            size: terminal.size, templates: [], libraryPath: store.folder.path, actor: actor, now: clock(),
            calendar: calendar())
        self.state.workingDirectory = FileManager.default.currentDirectoryPath
    }

    /// The state as it is now; for tests.
    public var currentState: AppState { state }

    /// Lists the library and shows it, loads the catalogs, then loops until the user quits or
    /// the terminal ends.
    public func run(initialStatus: StatusLine? = nil) {
        state.status = initialStatus
        // The mark before the listing, as `.listLibrary` takes it: a change made once the list was read is seen.
        watch.folder = store.folderChangeMark()
        dispatch(.libraryListed(store.list()))
        dispatch(.catalogsLoaded(loadCatalogs()))
        dispatch(.presenceListed(othersOpen()))
        while !state.isQuitting {
            if let event = terminal.nextEvent(timeoutMilliseconds: 250) { dispatch(message(for: event)) }
            if !state.isQuitting { tickClock() }
            if !state.isQuitting { checkDisk() }
        }
        if let present = watch.present { store.markClosed(present.stem) }
    }

    /// Sends `clockTicked` when the wall clock has reached a new second since the last tick (the loop
    /// wakes at least every 250 ms), so a clock on screen moves; the frame is only presented when it changed.
    private func tickClock() {
        let second = Int(clock().timeIntervalSince1970.rounded(.down))
        guard second != tickedSecond else { return }
        tickedSecond = second
        dispatch(.clockTicked)
    }

    /// About once a second, a `stat` of the open dialogue's file (read again when someone else
    /// replaced it) or of the library folder (listed again when it changed); every
    /// `presenceRefreshInterval`, the presence file is refreshed and others' are read again.
    private func checkDisk() {
        let now = ContinuousClock.now
        guard now - watch.lastCheck >= watch.checkInterval else { return }
        watch.lastCheck = now
        if now - watch.lastPresenceRefresh >= .seconds(DialogueStore.presenceRefreshInterval) {
            watch.lastPresenceRefresh = now
            if let present = watch.present { store.markOpen(present.stem, since: present.since) }
            if case .library = state.screen { dispatch(.presenceListed(othersOpen())) }
        }
        switch state.screen {
        case .library:
            guard store.folderChangeMark() != watch.folder, let listed = perform(.listLibrary) else { return }
            dispatch(listed)
        case .dialogue(let d):
            guard d.pendingConflict == nil, let open = openVersion, open.stem == d.stem else { return }
            let mark = store.changeMark(of: d.stem)
            guard mark != open.version.mark, mark != watch.seenChange else { return }
            watch.seenChange = mark
            if d.dialogue != open.version.base {
                // Unsaved changes (a save failed): saving now merges them with the file's.
                if let outcome = perform(.save(d.dialogue, stem: d.stem)) { dispatch(outcome) }
                return
            }
            do throws(StoreError) {
                let loaded = try store.load(d.stem)
                if let version = loaded.version { openVersion = (d.stem, version) }
                dispatch(.dialogueChangedOnDisk(loaded))
            } catch {
                dispatch(.storeFailed(error.description))
            }
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
        updatePresence()
    }

    /// Keeps a presence file for the dialogue on screen, and none for any other.
    private func updatePresence() {
        let stem: String? = if case .dialogue(let d) = state.screen { d.stem } else { nil }
        guard stem != watch.present?.stem else { return }
        if let old = watch.present { store.markClosed(old.stem) }
        watch.present = stem.map { ($0, clock()) }
        if let present = watch.present { store.markOpen(present.stem, since: present.since) }
    }

    /// Everyone else with a dialogue open, as the library shows them (local time of day).
    private func othersOpen() -> [OpenElsewhere] {
        store.presences().map { presence in
            OpenElsewhere(
                stem: presence.stem, who: presence.identity.name, since: presence.sinceTimeOfDay(in: calendar()))
        }
    }

    private func message(for event: TerminalEvent) -> Message {
        switch event {
        case .key(let key): .keyPressed(key)
        case .click(let point): .clicked(point)
        case .resize(let size): .resized(size)
        case .terminate: .terminationRequested
        case .interrupt: .interruptRequested
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
                watch.folder = store.folderChangeMark()
                dispatch(.presenceListed(othersOpen()))
                return .libraryListed(store.list())
            case .open(let stem):
                let loaded = try store.load(stem)
                openVersion = loaded.version.map { (stem, $0) }
                return .dialogueOpened(loaded)
            case .save(let dialogue, let stem):
                return try save(dialogue, as: stem)
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
            case .loadHistory(let stem):
                return .historyLoaded(stem: stem, versions: try store.history(of: stem))
            case .restoreVersion(let version, let stem):
                let restored = try store.restore(version, of: stem, by: state.actor, at: clock())
                // The version written is the open dialogue's now (not a re-read, which could take in
                // another writer's file as the base): the next save goes over it.
                if openVersion?.stem == stem, let written = restored.version { openVersion = (stem, written) }
                return .versionRestored(stem: stem, dialogue: restored.dialogue, version: version)
            case .listTrash:
                return .trashListed(try store.trashed())
            case .restoreFromTrash(let name):
                return .restoredFromTrash(name: name, stem: try store.restoreFromTrash(name))
            case .export(let job):
                return .exportFinished(job, job.run(now: clock(), calendar: state.calendar))
            case .quit:
                return nil
            }
        } catch {
            return .storeFailed(error.description)
        }
    }

    private func created(_ dialogue: Dialogue) throws(StoreError) -> Message {
        let loaded = try store.createLoaded(dialogue)
        openVersion = loaded.version.map { (loaded.stem, $0) }
        return .dialogueCreated(loaded)
    }

    /// Saves over the version of the open dialogue, which the outcome then replaces: a merge shows
    /// the merged dialogue, a conflict asks whose values stay.
    private func save(_ dialogue: Dialogue, as stem: String) throws(StoreError) -> Message {
        guard let version = openVersion?.stem == stem ? openVersion?.version : try store.load(stem).version else {
            throw .vanished(fileName: DialogueFileName.fileName(of: stem))
        }
        switch try store.save(dialogue, as: stem, over: version) {
        case .written(let written):
            openVersion = (stem, written)
            return .dialogueSaved(stem: stem)
        case .merged(let merged, let written):
            openVersion = (stem, written)
            return .dialogueMerged(
                LoadedDialogue(stem: stem, dialogue: merged, isReadOnly: false, readOnlyReason: nil, version: written))
        case .conflicted(let conflict):
            openVersion = (stem, conflict.current)
            return .saveConflicted(stem: stem, conflict)
        }
    }
}
