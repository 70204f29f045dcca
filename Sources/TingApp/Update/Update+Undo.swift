import DialogueKit
import TerminalKit

extension AppState {
    /// `u` (undo) and Ctrl-R (redo) on the dialogue screen while nothing is being typed; nil for other keys,
    /// and for these keys where they are typed.
    mutating func handleUndoKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect]? {
        guard d.takesUndoKeys else { return nil }
        if ScreenBindings.undo.matches(key) { return takeStep(undoing: true, in: &d) }
        if ScreenBindings.redo.matches(key) { return takeStep(undoing: false, in: &d) }
        return nil
    }

    /// Runs a key or click handler; when it changed the open dialogue and asked to save it, records who made
    /// the change and keeps it as a step `u` can take back. Every change of the dialogue screen passes here.
    mutating func recordingUndo(_ handle: (inout AppState) -> [Effect]) -> [Effect] {
        guard case .dialogue(let before) = screen else { return handle(&self) }
        let effects = handle(&self)
        guard case .dialogue(var after) = screen, after.stem == before.stem,
            effects.contains(where: { $0.saves(after.stem) }), after.dialogue != before.dialogue
        else { return effects }
        after.dialogue.modifiedBy = actor
        // Meeting mode's changes are no steps: an input once entered is hidden, never taken back, and each
        // of a meeting's many captures would keep a copy of the whole register.
        if before.frontPanel != .meeting { after.undo.record(UndoStep(base: after.dialogue, target: before.dialogue)) }
        screen = .dialogue(after)
        return effects.map { $0.saves(after.stem) ? .save(after.dialogue, stem: after.stem) : $0 }
    }

    /// Takes the latest step back (or does the latest undone one again) and saves the result as usual.
    private mutating func takeStep(undoing: Bool, in d: inout DialogueScreenState) -> [Effect] {
        let s = UIStrings.swedish
        guard let step = undoing ? d.undo.undo.last : d.undo.redo.last else {
            status = StatusLine(undoing ? s.nothingToUndo : s.nothingToRedo)
            return []
        }
        guard !refusesChange(to: d) else { return [] }
        guard let result = step.result(on: d.dialogue, by: actor, at: now) else {
            status = StatusLine(s.undoReplaced, isError: true)
            return []
        }
        let reverse = UndoStep(base: result, target: step.base, label: step.label)
        if undoing {
            d.undo.undo.removeLast()
            d.undo.redo.append(reverse)
        } else {
            d.undo.redo.removeLast()
            d.undo.undo.append(reverse)
        }
        d.dialogue = result
        d.keepSelectionsInRange()
        status = StatusLine("\(undoing ? s.undone : s.redone): \(undoing ? step.description : reverse.description)")
        return [.save(result, stem: d.stem)]
    }
}

extension Effect {
    /// Whether this effect saves the dialogue `stem`.
    fileprivate func saves(_ stem: String) -> Bool {
        if case .save(_, let saved) = self { return saved == stem }
        return false
    }
}
