import Foundation
import Testing

@testable import DialogueKit

/// Feedback rounds: ids, audiences, channels, sending (after which the text is final), removal, overdue rounds,
/// the channels offered, and the level's promise.
@Suite struct FeedbackRoundTests {
    private let later = StoreFixtures.now.addingTimeInterval(60)
    private let june1 = LocalDate(year: 2025, month: 6, day: 1)!
    private let june15 = LocalDate(year: 2025, month: 6, day: 15)!

    @Test func roundsGetIdsInOrderWithTheirAudienceDateAndChannelsOnce() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let first = try dialogue.addFeedbackRound(
            audience: "deltagarna", plannedOn: june1, channels: [" e-post ", "SMS", "sms", "", "e-post"], by: "anna",
            at: later)
        let second = try dialogue.addFeedbackRound(
            audience: "invanarna", plannedOn: nil, channels: [], by: "bo", at: later)
        #expect((first, second) == ("a1", "a2"))
        let round = try #require(dialogue.feedbackRound(id: "a1"))
        #expect(round.audience == "deltagarna" && round.plannedOn == june1)
        #expect(round.channels == ["e-post", "SMS"])
        #expect(round.text.isEmpty && !round.isSent)
        #expect(round.lastChange == ItemChange(by: "anna", at: later))
        #expect(dialogue.modifiedBy == "bo" && dialogue.modifiedAt == later)
        try dialogue.removeFeedbackRound(id: "a2", by: "bo", at: later)
        #expect(
            try dialogue.addFeedbackRound(audience: "invanarna", plannedOn: nil, channels: [], by: "bo", at: later)
                == "a2")
    }

    @Test func anAudienceTheDialogueDoesNotHaveIsRefusedNamingTheOnesItHas() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        #expect(
            throws: DialogueError.noSuchAudience("grannarna", known: ["deltagarna", "invanarna", "beslutsfattarna"])
        ) {
            try dialogue.addFeedbackRound(audience: "grannarna", plannedOn: nil, channels: [], by: "anna", at: later)
        }
        #expect(dialogue.followUp.feedbackRounds.isEmpty)
        #expect(DialogueError.noSuchAudience("x", known: ["deltagarna"]).description.contains("välj en av: deltagarna"))
        #expect(dialogue.feedbackAudience(matching: " Alla invånare ")?.id == "invanarna")
        #expect(dialogue.feedbackAudience(matching: "DELTAGARNA")?.id == "deltagarna")
        #expect(dialogue.feedbackAudience(matching: "grannarna") == nil)
    }

    @Test func anAudienceIsFoundByTheHandbooksNameAndByTheStandardWordsOnlyWhenUnambiguous() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        dialogue.followUp.audiences = [
            FeedbackAudience(id: "deltagarna", name: "Deltagare"), FeedbackAudience(id: "invanarna", name: "Invånare"),
        ]
        #expect(dialogue.feedbackAudience(matching: "invånare")?.id == "invanarna", "the handbook's own name")
        #expect(dialogue.feedbackAudience(matching: "Alla invånare")?.id == "invanarna", "the standard words")
        #expect(
            dialogue.feedbackAudience(matching: "Nämnden och beslutsfattarna") == nil,
            "standard words of an audience the dialogue does not have")
        dialogue.followUp.audiences.append(FeedbackAudience(id: "boende", name: "Alla invånare"))
        #expect(dialogue.feedbackAudience(matching: "alla invånare")?.id == "boende", "the dialogue's own name first")
        dialogue.followUp.audiences.append(FeedbackAudience(id: "grannar", name: "Alla invånare"))
        #expect(dialogue.feedbackAudience(matching: "alla invånare") == nil, "two audiences of that name")
    }

    @Test func anUnsentRoundIsEditedAndItsSendingIsMarkSentsAlone() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        try dialogue.addFeedbackRound(audience: "deltagarna", plannedOn: june1, channels: [], by: "anna", at: later)
        var round = try #require(dialogue.feedbackRound(id: "a1"))
        round.text = "Tack för att ni var med!"
        round.channels = ["e-post", "E-post"]
        round.sentOn = june1  // not this method's to set
        try dialogue.updateFeedbackRound(round, by: "bo", at: later.addingTimeInterval(1))
        let stored = try #require(dialogue.feedbackRound(id: "a1"))
        #expect(stored.text == "Tack för att ni var med!" && stored.channels == ["e-post"])
        #expect(!stored.isSent)
        #expect(stored.lastChange?.by == "bo")
        round.id = "a9"
        #expect(throws: DialogueError.noSuchFeedbackRound("a9")) {
            try dialogue.updateFeedbackRound(round, by: "bo", at: later)
        }
    }

    @Test func sendingNeedsTextAndMakesTheTextAndAudienceFinal() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        try dialogue.addFeedbackRound(
            audience: "deltagarna", plannedOn: june1, channels: ["e-post"], by: "anna", at: later)
        #expect(throws: DialogueError.feedbackWithoutText("a1")) {
            try dialogue.markFeedbackSent(id: "a1", on: june1, by: "anna", at: later)
        }
        var round = try #require(dialogue.feedbackRound(id: "a1"))
        round.text = "Så här blev det."
        try dialogue.updateFeedbackRound(round, by: "anna", at: later)
        try dialogue.markFeedbackSent(id: "a1", on: june15, by: "bo", at: later)
        let sent = try #require(dialogue.feedbackRound(id: "a1"))
        #expect(sent.sentOn == june15 && sent.sentBy == "bo" && sent.isSent)

        var edited = sent
        edited.text = "Något annat."
        #expect(throws: DialogueError.feedbackTextFinal("a1")) {
            try dialogue.updateFeedbackRound(edited, by: "anna", at: later)
        }
        edited = sent
        edited.audience = "invanarna"
        #expect(throws: DialogueError.feedbackTextFinal("a1")) {
            try dialogue.updateFeedbackRound(edited, by: "anna", at: later)
        }
        edited = sent
        edited.channels = ["e-post", "kommunens webbsida"]
        try dialogue.updateFeedbackRound(edited, by: "anna", at: later)
        #expect(dialogue.feedbackRound(id: "a1")?.channels == ["e-post", "kommunens webbsida"])
        #expect(dialogue.feedbackRound(id: "a1")?.text == "Så här blev det.")

        #expect(throws: DialogueError.feedbackSentCannotBeRemoved("a1")) {
            try dialogue.removeFeedbackRound(id: "a1", by: "anna", at: later)
        }
        #expect(throws: DialogueError.noSuchFeedbackRound("a2")) {
            try dialogue.markFeedbackSent(id: "a2", on: june1, by: "anna", at: later)
        }
        #expect(dialogue.followUp.feedbackRounds.count == 1)
    }

    @Test func aRoundIsOverdueOnlyOnceItsPlannedDayHasPassedUnsent() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        try dialogue.addFeedbackRound(audience: "deltagarna", plannedOn: june1, channels: [], by: "anna", at: later)
        try dialogue.addFeedbackRound(audience: "invanarna", plannedOn: nil, channels: [], by: "anna", at: later)
        #expect(dialogue.overdueFeedback(today: june1).isEmpty)
        #expect(dialogue.overdueFeedback(today: LocalDate(year: 2025, month: 6, day: 2)!).map(\.id) == ["a1"])
        var round = try #require(dialogue.feedbackRound(id: "a1"))
        round.text = "Tack!"
        try dialogue.updateFeedbackRound(round, by: "anna", at: later)
        try dialogue.markFeedbackSent(id: "a1", on: june15, by: "anna", at: later)
        #expect(dialogue.overdueFeedback(today: june15).isEmpty)
    }

    @Test func theTargetGroupsChannelsComeFirstPriorityOneFirstThenVanersborgsList() {
        var dialogue = StoreFixtures.dialogue("Parken")
        dialogue.planning.targetGroups = [
            TargetGroup(
                id: "g1", name: "Pendlare", affected: .low, activity: .high, channels: ["nyhetsbrev", "Radio"]),
            TargetGroup(id: "g2", name: "Unga", affected: .high, activity: .low, channels: ["Fritidsgården", "SMS"]),
        ]
        let offered = dialogue.suggestedChannels(for: "deltagarna")
        #expect(Array(offered.prefix(4)) == ["Fritidsgården", "SMS", "nyhetsbrev", "Radio"])
        #expect(offered.count == 4 + FeedbackRound.knownChannels.count - 2)
        #expect(Set(offered).isSuperset(of: FeedbackRound.knownChannels))
        #expect(dialogue.suggestedChannels(for: "beslutsfattarna") == FeedbackRound.knownChannels)
    }

    @Test func aLevelsPromiseIsKeptOnlyWhenEveryInputHasAResponseAndFeedbackWasSent() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        #expect(dialogue.promiseGaps().isEmpty, "no level chosen, nothing promised")
        dialogue.levels[1].residentsGet = "Invånarna får påverka"
        try dialogue.apply(.response("resonemang"), to: "beslut.niva", by: "anna", at: later)
        #expect(dialogue.levelPromise == "Invånarna får påverka")
        #expect(dialogue.promiseGaps() == [.noFeedbackSent])
        try dialogue.addInput(text: "Fler bänkar", tags: ["bänkar"], by: "anna", at: later)
        try dialogue.addInput(text: "Mer ljus", by: "anna", at: later)
        try dialogue.addInput(text: "Ett hånfullt inlägg", by: "anna", at: later)
        try dialogue.hideInput("i3", reason: "kränkande", by: "anna", at: later)
        #expect(dialogue.promiseGaps() == [.inputsWithoutResponse(count: 2), .noFeedbackSent])
        dialogue.followUp.themeResponses = [ThemeResponse(tag: "bänkar", response: Response(status: .implemented))]
        try dialogue.addFeedbackRound(audience: "beslutsfattarna", plannedOn: nil, channels: [], by: "anna", at: later)
        dialogue.followUp.feedbackRounds[0].text = "Till nämnden."
        try dialogue.markFeedbackSent(id: "a1", on: june1, by: "anna", at: later)
        #expect(
            dialogue.promiseGaps() == [.inputsWithoutResponse(count: 1), .noFeedbackSent],
            "feedback to the committee does not keep a promise to residents")
        try dialogue.addFeedbackRound(audience: "deltagarna", plannedOn: nil, channels: [], by: "anna", at: later)
        dialogue.followUp.feedbackRounds[1].text = "Tack!"
        try dialogue.markFeedbackSent(id: "a2", on: june1, by: "anna", at: later)
        #expect(dialogue.promiseGaps() == [.inputsWithoutResponse(count: 1)])
        #expect(PromiseGap.inputsWithoutResponse(count: 1).text == "1 inspel saknar svar")
    }
}
