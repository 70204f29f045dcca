import DialogueKit
import Foundation
import TerminalKit
import Testing

@testable import TingApp

/// The Återkoppling and Publicering panels' screens: the promise check over two rounds (one overdue, one
/// sent with its text final), the editor, the channel choice, and the six publication texts; at 80×24,
/// 120×40, 40×12 and 1×1.
struct FeedbackPanelSnapshotTests {
    /// Two rounds: the participants' overdue with a text, all residents' sent.
    static func dialogue() -> Dialogue {
        var dialogue = FeedbackFixtures.dialogue(rounds: 2)
        for (id, text) in [
            ("a1", "Tack för att ni kom till dialogmötet på biblioteket!\nHär är vad ni sa och vad det blev av det."),
            ("a2", "Nämnden beslutade i januari att bygga fler bänkar och bättre belysning."),
        ] {
            if var round = dialogue.feedbackRound(id: id) {
                round.text = text
                try? dialogue.updateFeedbackRound(round, by: "anna", at: Fixtures.now)
            }
        }
        try? dialogue.markFeedbackSent(id: "a2", on: LocalDate("2027-01-12")!, by: "bo", at: Fixtures.now)
        return dialogue
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12), (1, 1)])
    func roundsWithThePromiseCheck(width: Int, height: Int) {
        let state = FeedbackFixtures.state(
            .feedback, dialogue: Self.dialogue(), size: Size(width: width, height: height))
        Snapshot.assertMatches(AppView.render(state), named: "feedback-\(width)x\(height)")
    }

    @Test func theSentRoundSaysItsTextIsFinal() {
        var state = FeedbackFixtures.state(.feedback, dialogue: Self.dialogue())
        _ = PanelFixtures.press([.down], on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "feedback-sent-80x24")
    }

    @Test func theEditorWithAChangedText() {
        var state = FeedbackFixtures.state(.feedback, dialogue: Self.dialogue())
        _ = PanelFixtures.press([.enter, .enter] + PanelFixtures.type("Välkommen åter på fredag."), on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "feedback-editor-80x24")
    }

    @Test func theChannelChoice() {
        var state = FeedbackFixtures.state(.feedback, dialogue: Self.dialogue())
        _ = PanelFixtures.press([.character("c"), .down], on: &state)
        Snapshot.assertMatches(AppView.render(state), named: "feedback-channels-80x24")
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12), (1, 1)])
    func theSixPublicationTexts(width: Int, height: Int) {
        var dialogue = Self.dialogue()
        try? dialogue.setPublicationText(
            .before, question: PublicationMoment.before.questions[0],
            text: "Hur lekplatsen i Råå ska byggas om, och vad barn och föräldrar vill ha där.", by: "anna",
            at: Fixtures.now)
        try? dialogue.markPublished(.before, on: LocalDate("2027-01-02")!, by: "anna", at: Fixtures.now)
        let state = FeedbackFixtures.state(.publication, dialogue: dialogue, size: Size(width: width, height: height))
        Snapshot.assertMatches(AppView.render(state), named: "publication-\(width)x\(height)")
    }
}
