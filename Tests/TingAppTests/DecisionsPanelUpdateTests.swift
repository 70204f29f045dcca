import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The Beslut panel through the pure update: a decision added once it says who decided and what, its
/// fields edited, removal refused while responses link it, and what it was based on.
struct DecisionsPanelUpdateTests {
    private typealias F = ResponsesFixtures

    @Test func aNewDecisionIsAddedOnceItSaysWhoDecidedAndWhat() throws {
        var state = F.state(.decisions)
        let first = PanelFixtures.press(
            [.character("a")] + PanelFixtures.type("Kommunstyrelsen") + [.enter], on: &state)
        #expect(PanelFixtures.saved(first) == nil, "not without what was decided")
        #expect(F.decisions(state)?.register.form?.selected == .text, "what was decided comes next")
        let effects = PanelFixtures.press(PanelFixtures.type("Förslaget antas; bänkar köps in") + [.enter], on: &state)
        let saved = try #require(PanelFixtures.saved(effects))
        #expect(saved.followUp.decisions.map(\.id) == ["b1"])
        #expect(saved.decision(id: "b1")?.body == "Kommunstyrelsen")
        #expect(saved.decision(id: "b1")?.text == "Förslaget antas; bänkar köps in")
        #expect(saved.decision(id: "b1")?.lastChange?.by == "anna")
        // The date, checked: a wrong one is refused with the fix, a right one saved.
        _ = PanelFixtures.press([.up, .up, .up, .enter] + PanelFixtures.type("12 mars") + [.enter], on: &state)
        #expect(state.status == StatusLine(UIStrings.swedish.decisionDateInvalid("12 mars"), isError: true))
        let dated = PanelFixtures.press(
            Array(repeating: .backspace, count: 7) + PanelFixtures.type("2027-03-12") + [.enter], on: &state)
        #expect(PanelFixtures.saved(dated)?.decision(id: "b1")?.date == LocalDate("2027-03-12"))
    }

    @Test func escBeforeTheDecisionIsWholeAddsNothingAndSaysSo() {
        var state = F.state(.decisions)
        let effects = PanelFixtures.press(
            [.character("a")] + PanelFixtures.type("Nämnden") + [.enter, .escape, .escape], on: &state)
        #expect(PanelFixtures.saved(effects) == nil)
        #expect(F.decisions(state)?.register.form == nil)
        #expect(state.status == StatusLine(UIStrings.swedish.decisionNotAdded))
    }

    @Test func aLinkedDecisionIsNotRemovedAndTheDialogueSaysWhy() throws {
        var dialogue = F.dialogue(decision: true)
        try dialogue.respond(
            toTheme: "trygghet", with: Response(status: .implemented, decisions: ["b1"]), by: "anna", at: Fixtures.now)
        var state = F.state(.decisions, dialogue: dialogue)
        let effects = PanelFixtures.press([.character("d")], on: &state)
        #expect(effects.isEmpty)
        #expect(F.decisions(state)?.register.confirmingDelete == nil, "not asked: it cannot be done")
        #expect(state.status == StatusLine(DialogueError.decisionInUse("b1", responses: 1).description, isError: true))
    }

    @Test func anUnlinkedDecisionIsRemovedAfterYes() throws {
        var state = F.state(.decisions, dialogue: F.dialogue(decision: true))
        let saved = try #require(
            PanelFixtures.saved(PanelFixtures.press([.character("d"), .character("y")], on: &state)))
        #expect(saved.followUp.decisions.isEmpty)
    }

    @Test func theSelectedDecisionShowsWhatItWasBasedOn() throws {
        var dialogue = F.dialogue(decision: true)
        try dialogue.respond(
            toTheme: "trygghet", with: Response(status: .implemented, decisions: ["b1"]), by: "anna", at: Fixtures.now)
        try dialogue.respond(
            toInput: "i2", with: Response(status: .considered, decisions: ["b1"]), by: "anna", at: Fixtures.now)
        var state = F.state(.decisions, dialogue: dialogue)
        let text = PanelFixtures.text(state)
        #expect(text.contains("Vad grundades beslutet på? 1 tema · 1 inspel med eget svar · 7 inspel i allt"))
        #expect(text.contains("tema trygghet · 6 inspel · genomförs"))
        _ = PanelFixtures.press([.character("g")], on: &state)
        guard case .reading(let viewer) = Fixtures.screen(state)?.mode else {
            Issue.record("g opens no viewer")
            return
        }
        #expect(viewer.text.contains("  i1 · Fler bänkar vid lekplatsen"))
        #expect(viewer.text.contains("  i2 · Belysningen på gångvägen är dålig · beaktas"))
    }
}
