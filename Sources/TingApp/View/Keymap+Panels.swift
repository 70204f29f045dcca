extension Keymap {
    /// Keys of the Personer panel, by what has the keys: a text field, a form, a question, or the panel.
    static func peopleHints(_ panel: PeoplePanelState) -> [KeyHint] {
        listHints(panel.people, isTyping: panel.responsibilityEditor != nil)
    }

    /// Keys of the Risker panel, with Tab switching between its two lists.
    static func risksHints(_ panel: RisksPanelState) -> [KeyHint] {
        let s = UIStrings.swedish
        let list = panel.sideIssues.isBusy ? listHints(panel.sideIssues) : listHints(panel.risks)
        guard !panel.risks.isBusy, !panel.sideIssues.isBusy else { return list }
        return [KeyHint("Tab", s.keySwitchList)] + list
    }

    private static func listHints<R: PlanningRecord>(_ list: RecordListState<R>, isTyping: Bool = false)
        -> [KeyHint]
    {
        let s = UIStrings.swedish
        if isTyping || list.form?.editor != nil {
            return [KeyHint("Enter", s.keySave), KeyHint("Esc", s.keyCancel)]
        }
        if list.confirmingDelete != nil {
            return confirmationHints(s.keyDelete)
        }
        if list.form != nil {
            return [
                KeyHint("↑↓", s.keyMove), KeyHint("Enter", s.keyChange), KeyHint("Space", s.keyCycle),
                KeyHint("Esc", s.keyBack),
            ]
        }
        return [
            KeyHint("↑↓", s.keyMove), KeyHint("Enter", s.keyChange), KeyHint("a", s.keyAdd),
            KeyHint("d", s.keyDelete), KeyHint("?", s.keyHelp), KeyHint("q", s.keyBack),
            KeyHint("[ ]", s.keyPanel, hintLine: false), KeyHint("1–5", s.keyPhase, hintLine: false),
            KeyHint("j/k", s.keyMove, hintLine: false),
        ] + panelUndoHints
    }
}
