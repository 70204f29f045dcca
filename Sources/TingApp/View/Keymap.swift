import TerminalKit

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
                    KeyHint("q", s.keyQuit), KeyHint("p", s.keyTrash), KeyHint("j/k", s.keyMove, hintLine: false),
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
                return confirmationHints(s.keyDelete)
            case .confirmingExample:
                return confirmationHints(s.keyExampleAgain)
            case .trash(let list): return pickListHints(list, closeKey: "p")
            }
        case .dialogue(let d) where d.pendingConflict != nil:
            return [KeyHint("m", s.keyKeepMine), KeyHint("t", s.keyTakeTheirs)]
        case .dialogue(let d) where d.meeting != nil:
            return d.meeting.map { MeetingState.hints($0, state.panelContext(for: d)) } ?? []
        case .dialogue(let d):
            if case .browsing = d.mode, let id = d.frontPanel, let panel = d.panels[id] {
                return panelHints(panel, d, state: state)
            }
            let hints = dialogueHints(d)
            guard case .browsing = d.mode, d.panelIsBrowsing else { return hints }
            // The banner's full text is one key away, and the tabs' signs are explained, on every panel.
            let banner = DialogueLayout.banner(d) == nil ? [] : [KeyHint("S", s.keyFullBanner, hintLine: false)]
            return hints + banner + tabSigns
        }
    }

    /// The keys of the dialogue screen in its current mode and panel.
    private static func dialogueHints(_ d: DialogueScreenState) -> [KeyHint] {
        let s = UIStrings.swedish
        switch d.mode {
        case .browsing where d.frontPanel == .goals: return goalsHints(d.goals)
        case .browsing where d.frontPanel == .schedule: return scheduleHints(d.schedule)
        case .browsing:
            if d.frontPanel == .groups { return groupsHints(d.groups.mode) }
            return [
                KeyHint("↑↓", s.keyMove), KeyHint("Space", s.keyToggle), KeyHint("y/n", s.keyYesNo),
                KeyHint("Enter", s.keyEdit), KeyHint("1–5", s.keyPhase), KeyHint("g", s.keyGuidance),
                KeyHint("G", s.keyFullGuidance, hintLine: false),
                KeyHint("?", s.keyHelp), KeyHint("q", s.keyBack), KeyHint("u", s.keyUndo),
                KeyHint("v", s.keyHistory), KeyHint("Ctrl-R", s.keyRedo, hintLine: false),
                KeyHint("Tab/Shift-Tab", s.keyNextPhase, hintLine: false),
                KeyHint("←→ h/l", s.keyNextPhase, hintLine: false),
                KeyHint("j/k", s.keyMove, hintLine: false),
                KeyHint("PgUp/PgDn", s.keyPage, hintLine: false),
                KeyHint("e", s.keyDetails, hintLine: false), KeyHint("/", s.keyFilter, hintLine: false),
                KeyHint("r", s.keyRole, hintLine: false), KeyHint("m", s.keyMethods, hintLine: false),
                KeyHint("t", s.keyAssign, hintLine: false), KeyHint("f", s.keyPersonFilter, hintLine: false),
                KeyHint("[ ]", s.keyPanel, hintLine: false),
                KeyHint("Esc", d.filter.isEmpty ? s.keyBack : s.keyClearFilter, hintLine: false),
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
            return [KeyHint("↑↓", s.keyMove), KeyHint("Enter", s.keyEdit), KeyHint("Esc", s.keyBack)] + undoHints
        case .history(let list): return pickListHints(list, closeKey: "v")
        case .reading:
            return [
                KeyHint("↑↓", s.keyScroll), KeyHint("PgUp/PgDn", s.keyPage), KeyHint("Esc", s.keyClose),
                KeyHint("j/k", s.keyScroll, hintLine: false), KeyHint("Space", s.keyPage, hintLine: false),
                KeyHint("Home/End", s.keyScroll, hintLine: false),
            ]
        }
    }

    /// The keys of a panel in front: its own bindings, then, while it is browsing, the screen's that it
    /// leaves free, and what the tabs' signs mean.
    private static func panelHints(_ panel: any Panel, _ d: DialogueScreenState, state: AppState) -> [KeyHint] {
        var bindings = panel.bindings(in: state.panelContext(for: d))
        if panel.isBrowsing {
            let screen = ScreenBindings.onPanel(hasBanner: DialogueLayout.banner(d) != nil).bindings
            bindings = bindings.shadowing(screen + ScreenBindings.undoKeys)
        }
        return bindings.map(KeyHint.init) + (panel.isBrowsing ? tabSigns : [])
    }

    /// What each sign on the phase tabs means, under a heading, for `?`.
    static var tabSigns: [KeyHint] {
        let s = UIStrings.swedish
        return [
            KeyHint("", "", hintLine: false), KeyHint("", s.tabSignsHeading, hintLine: false),
            KeyHint(s.phaseDoneSign, s.phaseDoneMeaning, hintLine: false),
            KeyHint(s.gateOpenSign, s.gateOpenMeaning, hintLine: false),
            KeyHint(s.gateNoSign, s.gateNoMeaning, hintLine: false),
            KeyHint(s.overdueSign, s.overdueMeaning, hintLine: false),
            KeyHint(s.emptyPhaseSign, s.emptyPhaseMeaning, hintLine: false),
        ]
    }
}

extension Keymap {
    /// The undo and redo keys of the details form while nothing is typed, for `?`.
    static let undoHints = [
        KeyHint("u", UIStrings.swedish.keyUndo, hintLine: false),
        KeyHint("Ctrl-R", UIStrings.swedish.keyRedo, hintLine: false),
    ]

    /// The undo, redo and history keys every Planering panel has while nothing is typed, for `?`.
    static let panelUndoHints = undoHints + [KeyHint("v", UIStrings.swedish.keyHistory, hintLine: false)]

    /// The keys of the history and trash views: move and restore, or answer the question.
    static func pickListHints<Entry>(_ list: PickListState<Entry>, closeKey: String) -> [KeyHint] {
        let s = UIStrings.swedish
        if list.isConfirming { return confirmationHints(s.keyRestore) }
        return [
            KeyHint("↑↓", s.keyMove), KeyHint("Enter", s.keyRestore), KeyHint("Esc", s.keyClose),
            KeyHint(closeKey, s.keyClose, hintLine: false), KeyHint("j/k", s.keyMove, hintLine: false),
        ]
    }
}
