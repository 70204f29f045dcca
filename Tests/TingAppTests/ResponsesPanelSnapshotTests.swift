import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The Svar and Beslut panels' screens: a theme answered, an input answered ej aktuellt with its reason and
/// one marked, the response form with the status list, and the register with what a decision was based on;
/// at 80×24 and 120×40, and 40×12 and 1×1 without a crash.
struct ResponsesPanelSnapshotTests {
    private typealias F = ResponsesFixtures

    /// The fixture with b1, the theme answered genomförs linking it, i2 ej aktuellt with its reason.
    static func answered() -> Dialogue {
        var dialogue = F.dialogue(decision: true)
        try? dialogue.respond(
            toTheme: "trygghet",
            with: Response(status: .implemented, reason: "Belysning och bänkar ingår i ombyggnaden", decisions: ["b1"]),
            by: "anna", at: Fixtures.now)
        try? dialogue.respond(
            toInput: "i2", with: Response(status: .notRelevant, reason: "Gångvägen ägs av Trafikverket"), by: "anna",
            at: Fixtures.now)
        return dialogue
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12), (1, 1)])
    func svarWithAnsweredThemeAndInputs(width: Int, height: Int) {
        var state = F.state(dialogue: Self.answered(), size: Size(width: width, height: height))
        _ = PanelFixtures.press([.tab, .down, .down, .character(" ")], on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "responses-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theResponseFormWithTheStatusList(width: Int, height: Int) {
        var state = F.state(dialogue: Self.answered(), size: Size(width: width, height: height))
        _ = PanelFixtures.press([.tab, .down, .down, .character("r")], on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "responses-form-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12), (1, 1)])
    func beslutWithWhatTheDecisionWasBasedOn(width: Int, height: Int) {
        let state = F.state(.decisions, dialogue: Self.answered(), size: Size(width: width, height: height))
        Snapshot.assertMatches(AppView.render(state), named: "decisions-\(width)x\(height)")
    }
}
