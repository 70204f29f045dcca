import Foundation
import Testing

@testable import DialogueKit

/// `FeedbackDraft` and `PublicationDraft`: texts from the data in the handbook's parts, counted honestly.
@Suite struct FeedbackDraftTests {
    private let now = StoreFixtures.now  // 2025-03-01
    private let calendar = Calendar.swedish

    /// A dialogue with three visible inputs (two on benches, answered as a theme and linked to a decision, one
    /// unanswered), one hidden input, a decision, the Återkoppling phase dated and a round planned.
    private func answered() throws -> Dialogue {
        var dialogue = StoreFixtures.dialogue("Parken")
        dialogue.question = "Hur ska parken bli?"
        dialogue.purpose = "Att parken blir bättre."
        dialogue.committee = "Parknämnden"
        dialogue.caseNumber = "PN 2025/7"
        let meeting = dialogue.addActivity(
            title: "Parkvandring", kind: "möte", date: LocalDate("2025-03-01"), by: "anna", at: now)
        try dialogue.addInput(
            text: "Fler bänkar", activity: meeting, category: "forslag", tags: ["bänkar"], by: "anna", at: now)
        try dialogue.addInput(
            text: "Bänkar i sol", activity: meeting, category: "forslag", tags: ["bänkar"], by: "anna", at: now)
        try dialogue.addInput(text: "Mer ljus", activity: meeting, category: "behov", by: "anna", at: now)
        try dialogue.addInput(text: "Nonsens", by: "anna", at: now)
        try dialogue.hideInput("i4", reason: "test", by: "anna", at: now)
        let decision = try dialogue.addDecision(
            body: "parknämnden", date: LocalDate("2025-05-20"), paragraph: "§ 12", caseNumber: "PN 2025/7",
            text: "Fem bänkar ställs upp", by: "anna", at: now)
        try dialogue.respond(
            toTheme: "bänkar",
            with: Response(status: .implemented, reason: "Vi sätter upp fem bänkar", decisions: [decision]),
            by: "anna", at: now)
        dialogue.planning.phaseDates = [
            PhaseDates(phase: .feedback, start: LocalDate("2025-05-01"), end: LocalDate("2025-06-30"))
        ]
        try dialogue.addFeedbackRound(
            audience: "invanarna", plannedOn: LocalDate("2025-06-01"), channels: [], by: "anna", at: now)
        return dialogue
    }

    @Test func theDraftHasTheHandbooksThreePartsInOrder() throws {
        let draft = FeedbackDraft(dialogue: try answered(), audience: "deltagarna", calendar: calendar)
        #expect(
            draft.parts.map(\.heading) == [
                "Vad deltagarna sagt och tyckt, och hur detta tagits tillvara",
                "Hur resultaten har eller kommer att användas", "Vilka beslut som fattats och på vilka grunder",
            ])
        #expect(draft.text.hasPrefix(draft.opening + "\n\nVad deltagarna sagt och tyckt"))
    }

    @Test func whatWasSaidIsCountedByCategoryAndThemeWithEachThemesResponseAndTheUnansweredCounted() throws {
        let said = FeedbackDraft(dialogue: try answered(), audience: "deltagarna", calendar: calendar).parts[0]
            .paragraphs
        #expect(
            said == [
                "Vi fick in 3 inspel den 2025-03-01, vid 1 aktivitet: Parkvandring.",
                "Inspelen fördelar sig så: konkreta förslag (2) och behov, idéer, tankar (1).",
                "Det här tog deltagarna upp, tema för tema:",
                "– bänkar (2 inspel): genomförs: Vi sätter upp fem bänkar.",
                "Av 3 inspel har 2 fått ett svar: 2 genomförs. 1 har ännu inget svar; vi återkommer om dem.",
            ])
    }

    @Test func theUseAndTheDecisionsSayBodyDateParagraphCaseNumberAndGrounds() throws {
        let draft = FeedbackDraft(dialogue: try answered(), audience: "invanarna", calendar: calendar)
        #expect(
            draft.parts[1].paragraphs == [
                "Resultatet är underlag för Parknämndens beslut. Syftet med dialogen: Att parken blir bättre.",
                "Vägen till beslut och återkoppling:",
                "– 2025-05-01: Återkoppling börjar",
                "– 2025-05-20: beslut i parknämnden § 12",
                "– 2025-06-01: återkoppling till alla invånare (planerad)",
                "– 2025-06-30: Återkoppling avslutas",
            ])
        #expect(
            draft.parts[2].paragraphs == [
                "– Parknämnden beslutade 2025-05-20 (§ 12, dnr PN 2025/7): Fem bänkar ställs upp. Beslutet bygger "
                    + "på temat ”bänkar” (2 inspel)."
            ])
    }

    @Test func theOpeningFitsTheAudience() throws {
        let dialogue = try answered()
        func opening(_ audience: String) -> String {
            FeedbackDraft(dialogue: dialogue, audience: audience, calendar: calendar).opening
        }
        #expect(opening("deltagarna").hasPrefix("Tack för att du var med i invånardialogen ”Parken”!"))
        #expect(opening("invanarna").hasPrefix("Parknämnden har fört en invånardialog, ”Parken”,"))
        #expect(
            opening("beslutsfattarna").hasPrefix(
                "Till Parknämnden: här redovisas resultatet av invånardialogen ”Parken” (dnr PN 2025/7)"))
        #expect(dialogue.feedbackDraft(for: "deltagarna", calendar: calendar).hasPrefix(opening("deltagarna")))
    }

    @Test func anEmptyDialogueIsDraftedWithoutPretendingAnything() {
        let draft = FeedbackDraft(
            dialogue: StoreFixtures.dialogue("Parken"), audience: "deltagarna", calendar: calendar)
        #expect(
            draft.parts[0].paragraphs == [
                "Inga inspel är registrerade ännu; när de är sammanställda berättar vi vad som kom fram."
            ])
        #expect(draft.parts[2].paragraphs[0].hasPrefix("Inget beslut är fattat ännu. När nämnden har beslutat"))
    }

    @Test func publicationDraftsComeFromThePlanBeforeAndTheResultsAfter() throws {
        var dialogue = try answered()
        dialogue.planning.targetGroups = [
            TargetGroup(id: "g1", name: "Unga", affected: .high, activity: .low, measures: ["tolkning"]),
            TargetGroup(id: "g2", name: "Pendlare", affected: .low, activity: .high),
        ]
        func draft(_ moment: PublicationMoment, _ index: Int) -> String {
            dialogue.publicationDraft(moment, question: moment.questions[index], calendar: calendar)
        }
        #expect(draft(.before, 0).hasPrefix("Frågan är: Hur ska parken bli?\nSyfte: Att parken blir bättre."))
        #expect(
            draft(.before, 1)
                == "Dialogen riktar sig särskilt till Unga, som berörs mest av frågan men sällan hörs. Den riktar sig "
                + "också till Pendlare.")
        #expect(draft(.before, 2).contains("För att alla ska kunna delta: tolkning."))
        #expect(draft(.before, 2).contains("– Parkvandring (2025-03-01)"))
        #expect(
            draft(.after, 0)
                == "Frågan var: Hur ska parken bli?\nVi fick in 3 inspel den 2025-03-01, vid 1 aktivitet: Parkvandring."
        )
        #expect(draft(.after, 1).contains("– bänkar (2 inspel): genomförs: Vi sätter upp fem bänkar."))
        #expect(draft(.after, 1).contains("Parknämnden beslutade 2025-05-20"))
        #expect(draft(.after, 2).contains("– 2025-06-01: återkoppling till alla invånare (planerad)"))
        #expect(dialogue.publicationDraft(.before, question: "Vad kom man fram till?", calendar: calendar).isEmpty)
    }
}
