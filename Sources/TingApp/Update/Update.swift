import DialogueKit
import TerminalKit

/// The application's one update function: applies a message to the state and
/// returns the effects the runtime must perform. Pure: no I/O, no clock, no randomness.
public func update(_ state: inout AppState, _ message: Message) -> [Effect] {
    switch message {
    case .keyPressed(let key):
        if state.showsHelp {
            state.scrollHelp(by: key)
            return []
        }
        state.status = nil
        switch state.screen {
        case .library: return state.handleLibraryKey(key)
        case .dialogue(var screen):
            if let effects = state.handleUndoKey(key, in: &screen) {
                state.screen = .dialogue(screen)
                return effects
            }
            return state.recordingUndo { state in
                let effects = state.handleDialogueKey(key, in: &screen)
                if case .dialogue = state.screen { state.screen = .dialogue(screen) }
                return effects
            }
        }
    case .clicked(let point):
        if !state.showsHelp { state.status = nil }
        return state.recordingUndo { $0.handleClick(at: point) }
    case .resized(let size):
        state.size = size
        state.keepSelectionVisible()
        return []
    case .terminationRequested:
        state.isQuitting = true
        return [.quit]
    case .interruptRequested:
        guard !state.warnsBeforeInterrupt() else { return [] }
        state.isQuitting = true
        return [.quit]
    case .clockTicked:
        return []
    case .libraryListed(let entries):
        state.library.entries = entries
        state.library.isListed = true
        state.library.selected = min(state.library.selected, max(0, entries.count - 1))
        state.library.selectPending()
        state.keepSelectionVisible()
        return []
    case .catalogsLoaded(let catalogs):
        state.templates = catalogs.templates
        state.methodCards = catalogs.methodCards
        if state.status == nil, let problem = catalogs.problems.first {
            state.status = StatusLine(problem, isError: true)
        }
        return []
    case .dialogueOpened(let loaded):
        state.open(loaded)
        return []
    case .dialogueCreated(let loaded):
        state.open(loaded)
        state.status = StatusLine("\(UIStrings.swedish.created) \(loaded.stem).json")
        return []
    case .dialogueSaved:
        // What the change itself said ("Ångrade: …") stays; otherwise the save is confirmed.
        if state.status == nil { state.status = StatusLine(UIStrings.swedish.saved) }
        return []
    case .dialogueMerged(let loaded):
        state.replaceOpenDialogue(loaded, status: UIStrings.swedish.savedWithMerge)
        return []
    case .dialogueChangedOnDisk(let loaded):
        state.replaceOpenDialogue(loaded, status: UIStrings.swedish.changedOnDisk)
        return []
    case .saveConflicted(let stem, let conflict):
        state.showConflict(conflict, stem: stem)
        return []
    case .presenceListed(let others):
        state.library.openElsewhere = Dictionary(others.map { ($0.stem, $0) }) { first, _ in first }
        return []
    case .dialogueTrashed(let stem):
        state.status = StatusLine("\(UIStrings.swedish.trashed): \(stem).json")
        return [.listLibrary]
    case .historyLoaded(let stem, let versions):
        state.showHistory(versions, of: stem)
        return []
    case .versionRestored(let stem, let dialogue, let version):
        state.showRestored(version, dialogue: dialogue, of: stem)
        return []
    case .trashListed(let entries):
        state.showTrash(entries)
        return []
    case .restoredFromTrash(let name, let stem):
        state.library.mode = .browsing
        state.library.pendingSelection = stem
        let s = UIStrings.swedish
        state.status = StatusLine("\(s.untrashed) \(name) \(s.untrashedAs) \(stem).json")
        return [.listLibrary]
    case .exportFinished(let job, let outcome):
        state.exportFinished(job, outcome)
        return []
    case .storeFailed(let text):
        state.closeUnreadLists()
        state.status = StatusLine(text, isError: true)
        return []
    }
}

extension AppState {
    /// A key while the help overlay is open: ↓ j PgDn Space and ↑ k PgUp scroll it while there is
    /// more to show; any other key closes it.
    mutating func scrollHelp(by key: Key) {
        let screen = Rect(size)
        let hints = Keymap.hints(for: self)
        let layout = HelpLayout(hints, in: screen)
        let last = layout.maximumScroll
        guard let step = key.scrollStep(page: layout.page), last > 0 else {
            closeHelp()
            return
        }
        helpScroll = min(max(0, helpScroll + step), last)
    }

    /// Closes the help overlay, so that it opens at its top next time.
    mutating func closeHelp() {
        showsHelp = false
        helpScroll = 0
    }

    /// Shows a loaded dialogue on the dialogue screen.
    mutating func open(_ loaded: LoadedDialogue) {
        library.mode = .browsing
        screen = .dialogue(
            DialogueScreenState(
                stem: loaded.stem, dialogue: loaded.dialogue, isReadOnly: loaded.isReadOnly,
                readOnlyReason: loaded.readOnlyReason))
        if let reason = loaded.readOnlyReason {
            status = StatusLine("\(UIStrings.swedish.readOnly): \(reason)", isError: true)
        }
        keepSelectionVisible()
    }

    /// Scrolls the list or checklist on screen so the selection stays in view.
    mutating func keepSelectionVisible() {
        switch screen {
        case .library: library.scrollToSelection(in: size)
        case .dialogue(var d):
            d.scrollToSelection(in: size)
            screen = .dialogue(d)
        }
    }
}
