import DialogueKit
import Foundation
import TerminalKit

extension AppState {
    /// Keys in the open dialogue's history view: move, Enter and y restore the selected version, Esc or v close.
    mutating func handleHistoryKey(
        _ key: Key, list: inout PickListState<DialogueVersion>, in d: inout DialogueScreenState
    )
        -> [Effect]
    {
        let action = list.perform(ModeBindings.pickList(list, closeKey: "v").action(for: key), key: key) { version in
            if version.isCurrent {
                status = StatusLine(UIStrings.swedish.versionIsCurrent)
                return false
            }
            if version.dialogue == nil { status = StatusLine(UIStrings.swedish.versionUnreadable, isError: true) }
            return version.dialogue != nil
        }
        switch action {
        case .none:
            d.mode = .history(list)
            return []
        case .close:
            d.mode = .browsing
            return []
        case .choose(let version):
            d.mode = .history(list)
            guard !refusesChange(to: d) else { return [] }
            return [.restoreVersion(version, stem: d.stem)]
        }
    }

    /// Shows the versions read for the open dialogue's history view.
    mutating func showHistory(_ versions: [DialogueVersion], of stem: String) {
        guard case .dialogue(var d) = screen, d.stem == stem, case .history(var list) = d.mode else { return }
        list.show(versions)
        d.mode = .history(list)
        screen = .dialogue(d)
    }

    /// Shows a restored version as the open dialogue; the restore is a step `u` can take back.
    mutating func showRestored(_ version: DialogueVersion, dialogue: Dialogue, of stem: String) {
        guard case .dialogue(var d) = screen, d.stem == stem else { return }
        let s = UIStrings.swedish
        let restored = s.restoredVersion(version, in: calendar.timeZone)
        // After "Ångrade: " the sentence goes on in lower case; the name in it stays as it is written.
        let label = restored.prefix(1).lowercased() + restored.dropFirst()
        d.undo.record(UndoStep(base: dialogue, target: d.dialogue, label: label))
        d.dialogue = dialogue
        d.mode = .browsing
        d.keepSelectionsInRange()
        screen = .dialogue(d)
        status = StatusLine(restored)
    }

    /// Closes a history or trash view still waiting for its entries, when reading them failed.
    mutating func closeUnreadLists() {
        if case .trash(let list) = library.mode, list.entries == nil { library.mode = .browsing }
        guard case .dialogue(var d) = screen, case .history(let list) = d.mode, list.entries == nil else { return }
        d.mode = .browsing
        screen = .dialogue(d)
    }

    /// Keys in the library's trash view: move, Enter and y put the selected dialogue back, Esc or p close.
    mutating func handleTrashKey(_ key: Key, list: inout PickListState<TrashedDialogue>) -> [Effect] {
        let keys = ModeBindings.pickList(list, closeKey: "p")
        switch list.perform(keys.action(for: key), key: key, isChoosable: { _ in true }) {
        case .none:
            library.mode = .trash(list)
            return []
        case .close:
            library.mode = .browsing
            return []
        case .choose(let entry):
            library.mode = .trash(list)
            return [.restoreFromTrash(name: entry.name)]
        }
    }

    /// Shows what is in the trash in the library's trash view.
    mutating func showTrash(_ entries: [TrashedDialogue]) {
        guard case .trash(var list) = library.mode else { return }
        list.show(entries)
        library.mode = .trash(list)
    }
}
