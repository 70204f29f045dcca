import DialogueKit
import TerminalKit

/// What other writers did: a save that merged their changes, a file changed on disk, a conflict
/// to choose in, and who else has dialogues open.
extension AppState {
    /// Shows the fresh version of the open dialogue in place: the phase, selections, panel and mode stay
    /// (each selection moved onto an entry that still exists).
    mutating func replaceOpenDialogue(_ loaded: LoadedDialogue, status text: String) {
        guard case .dialogue(var d) = screen, d.stem == loaded.stem else { return }
        d.dialogue = loaded.dialogue
        d.isReadOnly = loaded.isReadOnly
        d.readOnlyReason = loaded.readOnlyReason
        d.phaseIndex = min(d.phaseIndex, max(0, d.dialogue.phases.count - 1))
        d.keepSelectionsInRange()
        screen = .dialogue(d)
        status = StatusLine(text)
        keepSelectionVisible()
    }

    /// Holds a conflict on the open dialogue until the user chooses.
    mutating func showConflict(_ conflict: SaveConflict, stem: String) {
        guard case .dialogue(var d) = screen, d.stem == stem else { return }
        d.pendingConflict = conflict
        screen = .dialogue(d)
    }

    /// Keys while a conflict is shown: `m` keeps my values, `t` takes theirs; both keep every other
    /// change of both writers and are saved at once. Nothing else is accepted, so nothing is lost
    /// by a stray key.
    mutating func handleConflictKey(_ action: ModeAction?, conflict: SaveConflict, in d: inout DialogueScreenState)
        -> [Effect]
    {
        let choice: Dialogue
        switch action {
        case .keepMine: choice = conflict.keepingMine
        case .takeTheirs: choice = conflict.keepingTheirs
        default: return []
        }
        d.pendingConflict = nil
        d.dialogue = choice
        return [.save(choice, stem: d.stem)]
    }
}
