/// The keys that work in the current state: one list feeds both the hint line
/// and the `?` overlay, so the two never disagree.
enum Keymap {
    static func hints(for state: AppState) -> [KeyHint] {
        let s = UIStrings.swedish
        switch state.screen {
        case .library:
            switch state.library.mode {
            case .browsing:
                return [
                    KeyHint("↑↓", s.keyMove), KeyHint("Enter", s.keyOpen), KeyHint("n", s.keyNew),
                    KeyHint("e", s.keyExample), KeyHint("d", s.keyDelete), KeyHint("?", s.keyHelp),
                    KeyHint("q", s.keyQuit), KeyHint("j/k", s.keyMove, hintLine: false),
                    KeyHint("PgUp/PgDn", s.keyPage, hintLine: false),
                ]
            case .creating(let form):
                switch form.step {
                case .template:
                    return [KeyHint("↑↓", s.keyMove), KeyHint("Enter", s.keyChoose), KeyHint("Esc", s.keyCancel)]
                case .title:
                    return [KeyHint("Enter", s.keyNew), KeyHint("Esc", s.keyBack)]
                }
            case .confirmingDelete:
                return [KeyHint("j", s.keyDelete), KeyHint("n", s.keyCancel), KeyHint("Esc", s.keyCancel)]
            }
        case .dialogue(let d) where d.pendingConflict != nil:
            return [KeyHint("m", s.keyKeepMine), KeyHint("t", s.keyTakeTheirs)]
        case .dialogue(let d):
            switch d.mode {
            case .browsing where d.planningPanel == .goals: return goalsHints(d.goals)
            case .browsing where d.planningPanel == .schedule: return scheduleHints(d.schedule)
            case .browsing where d.planningPanel == .people: return peopleHints(d.people)
            case .browsing where d.planningPanel == .risks: return risksHints(d.risks)
            case .browsing:
                if d.planningPanel == .groups { return groupsHints(d.groups.mode) }
                return [
                    KeyHint("↑↓", s.keyMove), KeyHint("Space", s.keyToggle), KeyHint("y/n", s.keyYesNo),
                    KeyHint("Enter", s.keyEdit), KeyHint("1–5", s.keyPhase), KeyHint("g", s.keyGuidance),
                    KeyHint("?", s.keyHelp), KeyHint("q", s.keyBack),
                    KeyHint("Tab/Shift-Tab", s.keyNextPhase, hintLine: false),
                    KeyHint("←→ h/l", s.keyNextPhase, hintLine: false),
                    KeyHint("j/k", s.keyMove, hintLine: false),
                    KeyHint("PgUp/PgDn", s.keyPage, hintLine: false),
                    KeyHint("e", s.keyDetails, hintLine: false), KeyHint("/", s.keyFilter, hintLine: false),
                    KeyHint("r", s.keyRole, hintLine: false), KeyHint("m", s.keyMethods, hintLine: false),
                    KeyHint("t", s.keyAssign, hintLine: false), KeyHint("f", s.keyPersonFilter, hintLine: false),
                    KeyHint("[ ]", s.keyPanel, hintLine: false),
                    KeyHint("Esc", s.keyBack, hintLine: false),
                ]
            case .editingItem:
                return [KeyHint("Enter", s.keySave), KeyHint("Esc", s.keyCancel), KeyHint("←→↑↓", s.keyMove)]
            case .choosingMethods:
                return [KeyHint("↑↓", s.keyMove), KeyHint("Space", s.keyChoose), KeyHint("Enter", s.keyBack)]
            case .choosingLevel, .choosingAssignee:
                return [KeyHint("↑↓", s.keyMove), KeyHint("Enter", s.keyChoose), KeyHint("Esc", s.keyCancel)]
            case .filtering:
                return [KeyHint("Enter", s.keyFilter), KeyHint("Esc", s.keyClear)]
            case .details(let form):
                if form.editor != nil {
                    return [KeyHint("Enter", s.keySave), KeyHint("Esc", s.keyCancel)]
                }
                return [KeyHint("↑↓", s.keyMove), KeyHint("Enter", s.keyEdit), KeyHint("Esc", s.keyBack)]
            }
        }
    }
}
