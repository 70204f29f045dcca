import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// Key sequences in the Mål panel: add (kind first), edit cells, reorder, delete with confirmation.
struct GoalsPanelUpdateTests {
    private func press(_ keys: [Key], on state: inout AppState) -> [Effect] { PanelFixtures.press(keys, on: &state) }

    private func type(_ text: String) -> [Key] { PanelFixtures.type(text) }

    private func saved(_ effects: [Effect]) -> Dialogue? { PanelFixtures.saved(effects) }

    /// The fixture dialogue on the Mål panel.
    private func goalsPanel() -> AppState { PanelFixtures.state(.goals) }

    @Test func addingAGoalChoosesTheKindThenTypesTheGoal() throws {
        var state = goalsPanel()
        #expect(Fixtures.screen(state)?.frontPanel == .goals)
        var effects = press([.character("a"), .down, .down, .enter], on: &state)
        #expect(saved(effects)?.planning.goals == [Goal(id: "m1", kind: .process)])
        effects = press(type("Många unga deltar") + [.enter], on: &state)
        let goal = try #require(saved(effects)?.planning.goals.first)
        #expect(goal.goal == "Många unga deltar")
        #expect(Fixtures.screen(state)?.dialogue.planning.goals == [goal])
        guard case .browsing = Fixtures.screen(state)?.panels[GoalsPanel.self].mode else {
            Issue.record("Enter should save and go back to the table")
            return
        }
    }

    @Test func enterCyclesKindAndFulfilmentAndEditsTextCells() throws {
        var state = goalsPanel()
        _ = press([.character("a"), .enter] + type("Fler deltar") + [.enter], on: &state)
        var effects = press([.left, .enter], on: &state)
        #expect(saved(effects)?.planning.goals.first?.kind == .resource)
        let cycle: [Fulfilment?] = [.yes, .partly, .no, nil]
        _ = press([.right, .right, .right, .right], on: &state)
        #expect(Fixtures.screen(state)?.panels[GoalsPanel.self].column == .outcome)
        _ = press([.right, .right], on: &state)
        #expect(Fixtures.screen(state)?.panels[GoalsPanel.self].column == .fulfilled)
        for expected in cycle {
            effects = press([.enter], on: &state)
            #expect(saved(effects)?.planning.goals.first?.fulfilled == expected)
        }
        effects = press([.left, .left, .enter] + type("Enkät") + [.enter], on: &state)
        #expect(saved(effects)?.planning.goals.first?.dataCollection == "Enkät")
        effects = press([.enter, .backspace, .escape], on: &state)
        #expect(effects.isEmpty, "Esc cancels the text field")
        #expect(Fixtures.screen(state)?.dialogue.planning.goals.first?.dataCollection == "Enkät")
    }

    @Test func shiftedJAndKOrShiftArrowsReorderGoals() {
        var state = goalsPanel()
        for n in 1...3 { _ = press([.character("a"), .enter] + type("Mål \(n)") + [.enter], on: &state) }
        #expect(Fixtures.screen(state)?.panels[GoalsPanel.self].selected == 2)
        var effects = press([.character("K")], on: &state)
        #expect(saved(effects)?.planning.goals.map(\.id) == ["m1", "m3", "m2"])
        #expect(Fixtures.screen(state)?.panels[GoalsPanel.self].selected == 1)
        effects = press([.character("K"), .character("K")], on: &state)
        #expect(saved(effects)?.planning.goals.map(\.id) == ["m3", "m1", "m2"])
        #expect(press([.character("K")], on: &state).isEmpty, "nothing to save at the top")
        effects = press([.character("J")], on: &state)
        #expect(saved(effects)?.planning.goals.map(\.id) == ["m1", "m3", "m2"])
        effects = press([.shiftDown], on: &state)
        #expect(saved(effects)?.planning.goals.map(\.id) == ["m1", "m2", "m3"])
        effects = press([.shiftUp], on: &state)
        #expect(saved(effects)?.planning.goals.map(\.id) == ["m1", "m3", "m2"])
    }

    @Test func deleteAsksFirstAndNoKeepsTheGoal() {
        var state = goalsPanel()
        for n in 1...2 { _ = press([.character("a"), .enter] + type("Mål \(n)") + [.enter], on: &state) }
        #expect(press([.character("d"), .character("n")], on: &state).isEmpty)
        #expect(Fixtures.screen(state)?.dialogue.planning.goals.count == 2)
        let effects = press([.character("d"), .character("y")], on: &state)
        #expect(saved(effects)?.planning.goals.map(\.id) == ["m1"])
        #expect(Fixtures.screen(state)?.panels[GoalsPanel.self].selected == 0)
    }

    @Test func bracketsAreTextWhileACellIsEditedAndSwitchPanelsOtherwise() {
        var state = goalsPanel()
        let effects = press([.character("a"), .enter] + type("[A] ") + [.enter], on: &state)
        #expect(saved(effects)?.planning.goals.first?.goal == "[A]")
        #expect(Fixtures.screen(state)?.panel == .goals)
        _ = press([.character("]")], on: &state)
        #expect(Fixtures.screen(state)?.panel == .schedule)
    }

    @Test func checklistKeysDoNotReachTheHiddenChecklistButPhaseKeysDo() {
        var state = goalsPanel()
        #expect(press([.character(" "), .character("y"), .character("n")], on: &state).isEmpty)
        #expect(Fixtures.screen(state)?.dialogue == Fixtures.dialogue())
        _ = press([.character("3")], on: &state)
        #expect(Fixtures.screen(state)?.phase.phase == .implementation)
    }

    @Test func aReadOnlyDialogueRefusesNewGoals() {
        var state = Fixtures.dialogueState(readOnly: true)
        let effects = press([.character("2"), .character("]"), .character("]"), .character("a")], on: &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.readOnlyRefusal)
        _ = press([.enter], on: &state)
        #expect(Fixtures.screen(state)?.dialogue.planning.goals.isEmpty == true)
    }
}
