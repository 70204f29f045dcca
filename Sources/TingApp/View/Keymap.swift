import TerminalKit

/// The keys that work in the current state, for the hint line and the `?` overlay: read from the same key
/// maps the update runs (`ModeBindings`, `LibraryBindings`, the checklist's and each panel's), so help and
/// behaviour never disagree.
enum Keymap {
    static func hints(for state: AppState) -> [KeyBinding] {
        switch state.screen {
        case .library:
            return LibraryBindings.keyMap(for: state.library.mode)?.bindings
                ?? LibraryBindings.browsing.bindings + librarySigns
        case .dialogue(let d):
            if let keys = ModeBindings.keyMap(for: d) {
                // The details form takes undo too while nothing is typed.
                return keys.bindings + (d.takesUndoKeys ? ScreenBindings.undoKeys : [])
            }
            if let id = d.frontPanel, let panel = d.panels[id] { return panelHints(panel, d, state: state) }
            let checklist = d.checklistKeyMap.bindings
            // u and Ctrl-R on either side of v (taken before the checklist's keys by `handleUndoKey`).
            var bindings: [KeyBinding] = []
            for binding in checklist {
                if binding == ScreenBindings.history { bindings.append(ScreenBindings.undo) }
                bindings.append(binding)
                if binding == ScreenBindings.history { bindings.append(ScreenBindings.redo.helpOnly) }
            }
            return bindings + tabSigns
        }
    }

    /// The keys of a panel in front: its own bindings, then, while it is browsing, the screen's that it
    /// leaves free, and what the tabs' signs mean.
    private static func panelHints(_ panel: any Panel, _ d: DialogueScreenState, state: AppState) -> [KeyBinding] {
        let bindings = panel.bindings(in: state.panelContext(for: d))
        guard panel.isBrowsing else { return bindings }
        let screen = ScreenBindings.onPanel(hasBanner: DialogueLayout.banner(d) != nil).bindings
        return bindings.shadowing(screen + ScreenBindings.undoKeys) + tabSigns
    }

    /// What the library's overdue sign means, under a heading, for `?`.
    static var librarySigns: [KeyBinding] {
        let s = UIStrings.swedish
        return [.legend("", ""), .legend("", s.librarySignsHeading), .legend(s.overdueSign, s.libraryOverdueMeaning)]
    }

    /// What each sign on the phase tabs means, under a heading, for `?`.
    static var tabSigns: [KeyBinding] {
        let s = UIStrings.swedish
        return [
            .legend("", ""), .legend("", s.tabSignsHeading),
            .legend(s.phaseDoneSign, s.phaseDoneMeaning), .legend(s.gateOpenSign, s.gateOpenMeaning),
            .legend(s.gateNoSign, s.gateNoMeaning), .legend(s.overdueSign, s.overdueMeaning),
            .legend(s.emptyPhaseSign, s.emptyPhaseMeaning),
        ]
    }
}
