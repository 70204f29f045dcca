import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// Key sequences in the Enkät panel: add a standard or an own statement, type a count, tally with + and -,
/// remove after y/n; counts show with shares.
struct SurveyPanelUpdateTests {
    private func press(_ keys: [Key], on state: inout AppState) -> [Effect] { PanelFixtures.press(keys, on: &state) }

    /// The fixture dialogue (no survey) on the Enkät panel.
    private func empty() -> AppState {
        var dialogue = Fixtures.dialogue()
        dialogue.phases = EvaluationPanelFixtures.helsingborg.phases
        return EvaluationPanelFixtures.state(.survey, dialogue: dialogue)
    }

    private func survey(_ effects: [Effect]) -> ParticipantSurvey? {
        PanelFixtures.saved(effects)?.followUp.evaluation.participantSurvey
    }

    @Test func addingTheStandardStatementsAndOneOfOnesOwn() throws {
        var state = empty()
        #expect(PanelFixtures.text(state).contains("Ingen deltagarenkät"))
        var effects = press([.character("a"), .enter], on: &state)
        #expect(survey(effects)?.statements.map(\.text) == ["Jag fick den information jag behövde"])
        // The one added is no longer offered: the next Enter adds the second standard statement.
        effects = press([.character("a"), .enter], on: &state)
        #expect(survey(effects)?.statements.map(\.text).last == "Alla fick komma till tals")
        effects = press(
            [.character("a"), .end, .enter] + PanelFixtures.type("Mötet var tillgängligt") + [.enter], on: &state)
        #expect(survey(effects)?.statements.map(\.id) == ["p1", "p2", "p3"])
        #expect(survey(effects)?.statements.last?.text == "Mötet var tillgängligt")
        #expect(Fixtures.screen(state)?.panels[SurveyPanel.self].selected == 2)
    }

    @Test func countsAreTypedAndTalliedAndShownWithShares() throws {
        var state = empty()
        _ = press([.character("a"), .enter], on: &state)
        var effects = press([.enter] + PanelFixtures.type("1x2") + [.enter], on: &state)
        #expect(survey(effects)?.statements.first?.counts == ["helt": 12], "only digits are typed")
        effects = press([.right, .character("+"), .character("+"), .character("+"), .character("-")], on: &state)
        #expect(survey(effects)?.statements.first?.counts == ["helt": 12, "delvis": 2])
        effects = press([.character("-"), .character("-"), .character("-")], on: &state)
        #expect(
            Fixtures.screen(state)?.dialogue.followUp.evaluation.participantSurvey?.statements.first?.counts == [
                "helt": 12
            ])
        _ = press([.character("+"), .character("+"), .character("+"), .character("+")], on: &state)
        let text = PanelFixtures.text(state)
        #expect(text.contains("12 (75 %)") && text.contains("4 (25 %)") && text.contains("16"))
    }

    @Test func removingAStatementAsksFirst() throws {
        var state = empty()
        _ = press([.character("a"), .enter, .character("a"), .enter, .up], on: &state)
        var effects = press([.character("d"), .character("n")], on: &state)
        #expect(effects.isEmpty)
        effects = press([.character("d"), .character("y")], on: &state)
        #expect(survey(effects)?.statements.map(\.id) == ["p2"])
    }

    @Test func theExampleShowsTheParentsForms() {
        let state = EvaluationPanelFixtures.state(.survey, size: Size(width: 120, height: 40))
        let text = PanelFixtures.text(state)
        #expect(text.contains("Jag vill delta igen") && text.contains("15 (71 %)"))
    }
}
