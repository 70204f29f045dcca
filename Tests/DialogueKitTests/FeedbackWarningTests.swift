import Foundation
import Testing

@testable import DialogueKit

/// The feedback warnings in `planningWarnings(today:)`: overdue rounds, inputs without a response once feedback
/// has begun, and the level's promise once feedback is due.
@Suite struct FeedbackWarningTests {
    private let later = StoreFixtures.now.addingTimeInterval(60)
    private let june1 = LocalDate(year: 2025, month: 6, day: 1)!
    private let june2 = LocalDate(year: 2025, month: 6, day: 2)!

    /// Codes of the feedback warnings only.
    private func codes(_ dialogue: Dialogue, today: LocalDate?) -> [String] {
        dialogue.planningWarnings(today: today).filter { $0.phase == .feedback }.map(\.code)
    }

    @Test func anOverdueRoundIsAWarningNamingItsAudienceAndDate() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        try dialogue.addFeedbackRound(audience: "deltagarna", plannedOn: june1, channels: [], by: "anna", at: later)
        #expect(codes(dialogue, today: june1).isEmpty)
        #expect(codes(dialogue, today: nil).isEmpty)
        let warning = try #require(dialogue.planningWarnings(today: june2).first { $0.code == "feedbackOverdue" })
        #expect(warning == .feedbackOverdue(roundID: "a1", audience: "Deltagarna", planned: june1))
        #expect(
            warning.text
                == "Återkopplingen till deltagarna (a1) skulle ha skickats 2025-06-01 men är inte skickad; "
                + "skicka den och markera den som skickad, eller flytta datumet.")
    }

    @Test func inputsWithoutAResponseWarnOnlyOnceFeedbackHasBegun() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        try dialogue.addInput(text: "Fler bänkar", tags: ["bänkar"], by: "anna", at: later)
        try dialogue.addInput(text: "Mer ljus", by: "anna", at: later)
        #expect(codes(dialogue, today: june2).isEmpty, "capturing inputs is not yet a reason to warn")
        dialogue.followUp.themeResponses = [ThemeResponse(tag: "bänkar", response: Response(status: .implemented))]
        #expect(dialogue.planningWarnings(today: nil).contains(.inputsWithoutResponse(count: 1)))
        dialogue.followUp.themeResponses = []
        dialogue.planning.phaseDates = [PhaseDates(phase: .feedback, start: june1)]
        #expect(codes(dialogue, today: LocalDate(year: 2025, month: 5, day: 31)!).isEmpty)
        #expect(dialogue.planningWarnings(today: june1).contains(.inputsWithoutResponse(count: 2)))
        #expect(PlanningWarning.inputsWithoutResponse(count: 2).text.hasPrefix("2 inspel saknar svar; "))
    }

    @Test func aPromiseNotKeptSaysWhatWasPromisedAndWhatIsMissingOnceFeedbackIsDue() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        dialogue.levels[1].residentsGet = "Invånarna får påverka"
        try dialogue.apply(.response("resonemang"), to: "beslut.niva", by: "anna", at: later)
        try dialogue.addInput(text: "Mer ljus", by: "anna", at: later)
        try dialogue.addFeedbackRound(audience: "deltagarna", plannedOn: june2, channels: [], by: "anna", at: later)
        #expect(!codes(dialogue, today: june1).contains("promiseNotKept"), "the round is not due yet")
        let warning = try #require(dialogue.planningWarnings(today: june2).first { $0.code == "promiseNotKept" })
        #expect(
            warning.text
                == "Dialogen lovade ”Invånarna får påverka” (Resonemang), men 1 inspel saknar svar och ingen "
                + "återkoppling till deltagarna eller invånarna är skickad; svara på inspelen och skicka återkopplingen."
        )
        dialogue.inputs[0].response = Response(status: .considered, reason: "Vi ser över belysningen.")
        dialogue.followUp.feedbackRounds[0].text = "Tack!"
        try dialogue.markFeedbackSent(id: "a1", on: june2, by: "anna", at: later)
        #expect(codes(dialogue, today: june2).isEmpty)
    }
}
