import DialogueKit

extension DialogueScreenState {
    /// Whether `u` and Ctrl-R mean undo and redo here: on the checklist, a Planering panel or the details
    /// form while nothing is being typed, chosen or asked (a conflict waiting for a choice included), so `u`
    /// can still be typed into every text field.
    var takesUndoKeys: Bool {
        guard pendingConflict == nil else { return false }
        if case .details(let form) = mode { return form.editor == nil }
        guard case .browsing = mode else { return false }
        return panelIsBrowsing
    }

    /// Whether the Planering panel in front (if any) is showing its list, not a form or a question.
    var panelIsBrowsing: Bool {
        switch planningPanel {
        case nil, .checklist: true
        case .groups: if case .browsing = groups.mode { true } else { false }
        case .goals: if case .browsing = goals.mode { true } else { false }
        case .schedule: if case .browsing = schedule.mode { true } else { false }
        case .people: people.responsibilityEditor == nil && !people.people.isBusy
        case .risks: !risks.risks.isBusy && !risks.sideIssues.isBusy
        }
    }

    /// Keeps every selection on an entry that still exists, after the dialogue changed under it.
    mutating func keepSelectionsInRange() {
        let planning = dialogue.planning
        selectedItem[phaseIndex] = min(selectedItem[phaseIndex], max(0, visibleItems.count - 1))
        groups.index = min(groups.index, max(0, groups.quadrant.groups(in: dialogue).count - 1))
        goals.selected = min(goals.selected, max(0, planning.goals.count - 1))
        schedule.selected = min(schedule.selected, Phase.allCases.count + planning.activities.count - 1)
        people.people.selected = min(people.people.selected, max(0, planning.people.count - 1))
        risks.risks.selected = min(risks.risks.selected, max(0, planning.risks.count - 1))
        risks.sideIssues.selected = min(risks.sideIssues.selected, max(0, planning.sideIssues.count - 1))
    }
}
