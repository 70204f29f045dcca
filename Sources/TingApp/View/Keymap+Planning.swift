extension Keymap {
    /// The keys of the Mål panel in its current mode.
    static func goalsHints(_ panel: GoalsPanelState) -> [KeyHint] {
        let s = UIStrings.swedish
        switch panel.mode {
        case .browsing:
            return [
                KeyHint("↑↓", s.keyMove), KeyHint("←→", s.keyColumn), KeyHint("Enter", s.keyEditCell),
                KeyHint("a", s.keyAddGoal), KeyHint("K/J", s.keyReorder),
                KeyHint("Shift-↑↓", s.keyReorder, hintLine: false), KeyHint("d", s.keyDelete),
                KeyHint("[ ]", s.keyPanel), KeyHint("?", s.keyHelp), KeyHint("q", s.keyBack),
                KeyHint("j/k", s.keyMove, hintLine: false), KeyHint("h/l", s.keyColumn, hintLine: false),
                KeyHint("1–5", s.keyPhase, hintLine: false),
                KeyHint("Tab/Shift-Tab", s.keyNextPhase, hintLine: false),
            ] + panelUndoHints
        case .choosingKind:
            return [KeyHint("↑↓", s.keyMove), KeyHint("Enter", s.keyChoose), KeyHint("Esc", s.keyCancel)]
        case .editing:
            return [KeyHint("Enter", s.keySave), KeyHint("Esc", s.keyCancel), KeyHint("←→↑↓", s.keyMove)]
        case .confirmingDelete:
            return confirmationHints(s.keyDelete)
        }
    }

    /// The keys of the Tidplan panel in its current mode.
    static func scheduleHints(_ panel: SchedulePanelState) -> [KeyHint] {
        let s = UIStrings.swedish
        switch panel.mode {
        case .browsing:
            return [
                KeyHint("↑↓", s.keyMove), KeyHint("←→", s.keyDate), KeyHint("Enter", s.keyEditSchedule),
                KeyHint("a", s.keyAddActivity), KeyHint("d", s.keyDelete), KeyHint("[ ]", s.keyPanel),
                KeyHint("?", s.keyHelp), KeyHint("q", s.keyBack),
                KeyHint("j/k", s.keyMove, hintLine: false), KeyHint("h/l", s.keyDate, hintLine: false),
                KeyHint("1–5", s.keyPhase, hintLine: false),
                KeyHint("Tab/Shift-Tab", s.keyNextPhase, hintLine: false),
            ] + panelUndoHints
        case .editingDate:
            return [KeyHint("Enter", s.keySave), KeyHint("Esc", s.keyCancel)]
        case .activity(let form):
            if form.editor != nil { return [KeyHint("Enter", s.keySave), KeyHint("Esc", s.keyCancel)] }
            return [
                KeyHint("↑↓", s.keyMove), KeyHint("Enter", s.keyEditSchedule), KeyHint("Space", s.keyCycle),
                KeyHint("Esc", s.keyBack),
            ]
        case .confirmingDelete:
            return confirmationHints(s.keyDelete)
        }
    }
}
