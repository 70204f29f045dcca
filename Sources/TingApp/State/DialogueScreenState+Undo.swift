import DialogueKit

extension DialogueScreenState {
    /// Whether `u` and Ctrl-R mean undo and redo here: on the checklist, a panel or the details
    /// form while nothing is being typed, chosen or asked (a conflict waiting for a choice included), so `u`
    /// can still be typed into every text field.
    var takesUndoKeys: Bool {
        guard pendingConflict == nil else { return false }
        if case .details(let form) = mode { return form.editor == nil }
        guard case .browsing = mode else { return false }
        return panelIsBrowsing
    }

    /// Whether the panel in front (if any) is browsing (`Panel.isBrowsing`): not a form, a field or a question.
    var panelIsBrowsing: Bool {
        switch frontPanel {
        case nil, .checklist: true
        case let id?: panels[id]?.isBrowsing ?? true
        }
    }

    /// Keeps every selection on an entry that still exists, after the dialogue changed under it.
    mutating func keepSelectionsInRange() {
        selectedItem[phaseIndex] = min(selectedItem[phaseIndex], max(0, visibleItems.count - 1))
        panels.dialogueChanged(dialogue)
    }
}
