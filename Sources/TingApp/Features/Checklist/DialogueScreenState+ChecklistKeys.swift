import TerminalKit

extension DialogueScreenState {
    /// The checklist's keys while it is browsing: the update runs these and `?` lists these.
    var checklistKeyMap: KeyMap<ChecklistAction> {
        let s = UIStrings.swedish
        let b = ScreenBindings.self
        var map =
            CommonBindings.move(ChecklistAction.move)
            + KeyMap([
                (KeyBinding([.character(" ")], "Space", s.keyToggle), .toggle),
                (KeyBinding([.character("y"), .character("n")], "y/n", s.keyYesNo), .answer),
                (KeyBinding([.enter], "Enter", s.keyEdit), .edit),
                (b.choosePhase, .screen(.choosePhase)),
                (KeyBinding("g", s.keyGuidance), .guidance),
                (KeyBinding("G", s.keyFullGuidance, hintLine: false), .fullGuidance),
                (b.help, .screen(.help)), (b.back, .screen(.back)),
                (b.history, .screen(.history)),
                (b.stepPhase.helpOnly, .screen(.stepPhase)), (b.stepPhaseByArrow.helpOnly, .screen(.stepPhase)),
                (b.stepPhaseByLetter.helpOnly, .screen(.stepPhase)),
                (b.details.helpOnly, .screen(.details)),
                (KeyBinding("/", s.keyFilter, hintLine: false), .filter),
                (KeyBinding("r", s.keyRole, hintLine: false), .role),
                (KeyBinding("m", s.keyMethods, hintLine: false), .methods),
                (KeyBinding("t", s.keyAssign, hintLine: false), .assign),
                (KeyBinding("f", s.keyPersonFilter, hintLine: false), .personFilter),
                (b.backByEscape.labelled(filter.isEmpty ? s.keyBack : s.keyClearFilter).helpOnly, .escape),
            ])
        if frontPanel != nil { map.add(b.switchPanel.helpOnly, .screen(.switchPanel)) }
        if DialogueLayout.banner(self) != nil { map.add(b.fullBanner.helpOnly, .screen(.fullBanner)) }
        return map
    }
}
