import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// What another writer's change does to the open dialogue: it is shown in place, and every selection
/// stays on an entry that still exists.
@Suite struct OtherWritersUpdateTests {
    private func goals(_ count: Int) -> [Goal] {
        (1...count).map { Goal(id: "m\($0)", kind: .process, goal: "Mål \($0)") }
    }

    /// The fixture dialogue on the Mål panel with three goals, the last one selected.
    private func stateOnTheLastOfThreeGoals() -> AppState {
        var state = PanelFixtures.state(.goals)
        guard case .dialogue(var d) = state.screen else { return state }
        d.dialogue.planning.goals = goals(3)
        d.panels[GoalsPanel.self].selected = 2
        state.screen = .dialogue(d)
        return state
    }

    @Test(arguments: [true, false])
    func anotherWritersRemovalKeepsThePanelsSelectionOnAGoal(merged: Bool) {
        var state = stateOnTheLastOfThreeGoals()
        var theirs = Fixtures.dialogue()
        theirs.planning.goals = goals(1)
        let loaded = LoadedDialogue(stem: "lekplats-i-raa", dialogue: theirs, isReadOnly: false, readOnlyReason: nil)
        #expect(update(&state, merged ? .dialogueMerged(loaded) : .dialogueChangedOnDisk(loaded)).isEmpty)
        let d = Fixtures.screen(state)
        #expect(d?.dialogue.planning.goals == goals(1))
        #expect(d?.panels[GoalsPanel.self].selected == 0, "the selection moves onto the goal that is left")
        #expect(d?.frontPanel == .goals, "the panel stays in front")
        let s = UIStrings.swedish
        #expect(state.status?.text == (merged ? s.savedWithMerge : s.changedOnDisk))
    }
}
