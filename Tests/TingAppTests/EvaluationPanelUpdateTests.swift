import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// Key sequences in the Analys panel: answer a question beside its evidence (the checklist's edit), tick a
/// mark, write how a method worked; read-only refuses.
struct EvaluationPanelUpdateTests {
    private func press(_ keys: [Key], on state: inout AppState) -> [Effect] { PanelFixtures.press(keys, on: &state) }

    private func panel(_ state: AppState) -> EvaluationPanel? {
        Fixtures.screen(state)?.panels[EvaluationPanel.self]
    }

    /// Moves the selection down until it rests on the entry `matches` picks.
    private func select(_ state: inout AppState, _ matches: (EvaluationEntry, EvaluationContent) -> Bool) throws {
        for _ in 0..<200 {
            let screen = try #require(Fixtures.screen(state))
            let front = screen.panels[EvaluationPanel.self]
            let content = front.currentContent(for: screen.dialogue)
            if let entry = front.selectedEntry(in: content), matches(entry, content) { return }
            _ = press([.down], on: &state)
        }
        Issue.record("no such entry")
    }

    @Test func utvarderingHasAnalysAndEnkatAfterTheChecklist() throws {
        let state = EvaluationPanelFixtures.state(.evaluation)
        #expect(Fixtures.screen(state)?.phasePanels.prefix(3) == [.checklist, .evaluation, .survey])
        #expect(PanelFixtures.text(state).contains("Analysfrågor"))
    }

    @Test func answeringAQuestionIsTheChecklistsOwnEdit() throws {
        var state = EvaluationPanelFixtures.state(.evaluation)
        try select(&state) { entry, content in
            if case .question(let i) = entry {
                content.questions[i].item.id == "utvardering.vad-och-hur"
            } else {
                false
            }
        }
        #expect(PanelFixtures.text(state).contains("Underlag"))
        let effects = press([.enter] + PanelFixtures.type("Delvis: tonåringarna nåddes inte.") + [.enter], on: &state)
        let saved = try #require(PanelFixtures.saved(effects))
        let item = try #require(saved.item("utvardering.vad-och-hur"))
        #expect(item.response == "Delvis: tonåringarna nåddes inte.")
        #expect(item.lastChange == ItemChange(by: "anna", at: Fixtures.now))
        #expect(panel(state)?.isBrowsing == true)
        // Undo takes it back like any checklist answer.
        _ = press([.character("u")], on: &state)
        #expect(Fixtures.screen(state)?.dialogue.item("utvardering.vad-och-hur")?.response == nil)
    }

    @Test func escapeLeavesTheAnswerAsItWas() throws {
        var state = EvaluationPanelFixtures.state(.evaluation)
        let before = try #require(Fixtures.screen(state)?.dialogue)
        let effects = press([.enter] + PanelFixtures.type("u q 1") + [.escape], on: &state)
        #expect(PanelFixtures.saved(effects) == nil)
        #expect(Fixtures.screen(state)?.dialogue == before, "Esc keeps the dialogue as it was")
        #expect(panel(state)?.isBrowsing == true)
    }

    @Test func spaceTicksAMarksChecklistItem() throws {
        var state = EvaluationPanelFixtures.state(.evaluation)
        try select(&state) { entry, content in
            if case .mark(let i) = entry { content.marks[i].mark.id == "utvardering.lyckad.aterkopplat" } else { false }
        }
        // The example's round to the participants is sent, so the mark is met but its item not yet ticked.
        #expect(PanelFixtures.text(state).contains("Bedömning: uppfyllt · i checklistan: [ ] inte avbockad"))
        let effects = press([.character(" ")], on: &state)
        #expect(PanelFixtures.saved(effects)?.item("utvardering.lyckad.aterkopplat")?.done == true)
    }

    @Test func enterOnAMethodWritesHowItWorked() throws {
        var state = EvaluationPanelFixtures.state(.evaluation)
        try select(&state) { entry, content in
            if case .method(let i?) = entry { content.methods[i].id == "Samtal i små grupper" } else { false }
        }
        let effects = press([.enter, .end] + PanelFixtures.type(" Nästa gång två kvällar.") + [.enter], on: &state)
        let note = try #require(
            PanelFixtures.saved(effects)?.followUp.evaluation.methodNotes.first { $0.id == "Samtal i små grupper" })
        #expect(note.howItWorked.hasSuffix("inte till alla frågor. Nästa gång två kvällar."))
    }

    @Test func aReadOnlyDialogueRefusesAnswers() throws {
        var state = EvaluationPanelFixtures.state(.evaluation, readOnly: true)
        let effects = press([.enter], on: &state)
        #expect(effects.isEmpty && panel(state)?.isBrowsing == true)
        #expect(state.status?.isError == true)
    }

    @Test func aChangeMadeInTheChecklistShowsOnTheNextFrame() throws {
        var state = EvaluationPanelFixtures.state(.evaluation, size: Size(width: 120, height: 40))
        _ = press([.down], on: &state)
        guard case .dialogue(var d) = state.screen else { return }
        try d.dialogue.apply(
            .response("Svar från checklistan"), to: "utvardering.vad-och-hur", by: "bo", at: Fixtures.now)
        state.screen = .dialogue(d)
        #expect(PanelFixtures.text(state).contains("Svar från checklistan"))
    }
}
