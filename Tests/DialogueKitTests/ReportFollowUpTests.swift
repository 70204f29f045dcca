import Foundation
import Testing

@testable import DialogueKit

/// `ting show`'s Återkoppling part: the responses counted per status, the decisions and the feedback rounds.
@Suite struct ReportFollowUpTests {
    private let now = StoreFixtures.now

    private func answeredDialogue() throws -> Dialogue {
        var dialogue = StoreFixtures.dialogue("Parken")
        for text in ["Fler lampor", "Fler bänkar", "En plaskdamm"] {
            try dialogue.addInput(text: text, by: "anna", at: now)
        }
        try dialogue.respond(toInput: "i1", with: Response(status: .implemented), by: "anna", at: now)
        try dialogue.respond(toInput: "i2", with: Response(status: .considered), by: "anna", at: now)
        try dialogue.addDecision(
            body: "Barn- och utbildningsnämnden", date: LocalDate("2027-03-12"), paragraph: "§ 41",
            caseNumber: "BUN 2027/12", text: "Lekplatsen byggs om 2027", by: "anna", at: now)
        let sent = try dialogue.addFeedbackRound(
            audience: FeedbackAudience.participantsID, plannedOn: LocalDate("2027-03-20"), channels: ["e-post"],
            by: "anna", at: now)
        var round = try #require(dialogue.feedbackRound(id: sent))
        round.text = "Tack för era inspel."
        try dialogue.updateFeedbackRound(round, by: "anna", at: now)
        try dialogue.markFeedbackSent(id: sent, on: #require(LocalDate("2027-03-22")), by: "bo", at: now)
        try dialogue.addFeedbackRound(
            audience: FeedbackAudience.residentsID, plannedOn: LocalDate("2027-04-01"), channels: [], by: "anna",
            at: now)
        return dialogue
    }

    @Test func theTextReportCountsResponsesAndShowsDecisionsAndRounds() throws {
        let text = DialogueReport.text(try answeredDialogue(), today: nil)
        for expected in [
            "\nÅterkoppling\n  Svar: 2 av 3 inspel besvarade, 1 obesvarad\n",
            "Per status: genomförs 1, beaktas 1\n",
            "b1    Beslut: Barn- och utbildningsnämnden\n", "Datum: 2027-03-12\n", "Paragraf: § 41\n",
            "Diarienummer: BUN 2027/12\n", "Beslut: Lekplatsen byggs om 2027\n",
            "a1    Återkoppling till: Deltagarna\n        Planerad: 2027-03-20\n        Skickad: 2027-03-22 av bo\n",
            "a2    Återkoppling till: Alla invånare\n        Planerad: 2027-04-01\n        Skickad: ej skickad\n",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func aDialogueWithoutResponsesDecisionsOrRoundsHasNoÅterkopplingPart() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        try dialogue.addInput(text: "Fler lampor", by: "anna", at: now)
        #expect(!DialogueReport.text(dialogue, today: nil).contains("\nÅterkoppling\n"))
    }
}
