import Foundation
import Testing

@testable import DialogueKit

/// `DialogueChanges` for feedback rounds and publications: the sentences of the history and the undo line.
@Suite struct FeedbackChangesTests {
    private let now = StoreFixtures.now
    private let june1 = LocalDate(year: 2025, month: 6, day: 1)!

    /// The sentences for the change `edit` makes to a test dialogue with one round planned to the participants.
    private func changes(_ edit: (inout Dialogue) throws -> Void) throws -> [String] {
        var old = StoreFixtures.dialogue("Parken")
        try old.addFeedbackRound(audience: "deltagarna", plannedOn: june1, channels: ["e-post"], by: "anna", at: now)
        var new = old
        try edit(&new)
        return DialogueChanges.describe(from: old, to: new)
    }

    @Test func aRoundPlannedChangedSentAndRemovedIsNamedByAudienceAndId() throws {
        #expect(
            try changes {
                try $0.addFeedbackRound(audience: "invanarna", plannedOn: nil, channels: [], by: "bo", at: now)
            } == ["planerade återkopplingen till alla invånare (a2)"])
        #expect(
            try changes { dialogue in
                var round = dialogue.feedbackRound(id: "a1")!
                round.plannedOn = LocalDate(year: 2025, month: 6, day: 3)
                round.channels = ["e-post", "SMS"]
                round.text = "Tack för att ni var med!"
                try dialogue.updateFeedbackRound(round, by: "bo", at: now)
            } == [
                "ändrade återkopplingen till deltagarna (a1): datum 2025-06-03, kanaler \"e-post, SMS\", "
                    + "text \"Tack för att ni var med!\""
            ])
        #expect(
            try changes { dialogue in
                dialogue.followUp.feedbackRounds[0].text = "Tack!"
                try dialogue.markFeedbackSent(id: "a1", on: june1, by: "bo", at: now)
            } == [
                "ändrade återkopplingen till deltagarna (a1): text \"Tack!\"",
                "markerade återkopplingen till deltagarna (a1) som skickad 2025-06-01",
            ])
        #expect(
            try changes { try $0.removeFeedbackRound(id: "a1", by: "bo", at: now) }
                == ["tog bort återkopplingen till deltagarna (a1)"])
    }

    @Test func publicationTextsAndTheDayTheyWentUpAreDescribed() throws {
        let question = "Vad handlar invånardialogen om?"
        #expect(
            try changes {
                try $0.setPublicationText(.before, question: question, text: "Om parken.", by: "bo", at: now)
                try $0.markPublished(.before, on: june1, by: "bo", at: now)
            } == [
                "skrev \"Om parken.\" på \"Vad handlar invånardialogen om?\" i publiceringen före dialogen",
                "markerade publiceringen före dialogen som publicerad 2025-06-01",
            ])
        var vanersborg = Dialogue(
            template: BuiltInTemplates.all.first { $0.id == "vanersborg" }!, title: "Parken", now: now)
        let old = vanersborg
        try vanersborg.setPublicationText(
            .after, question: "Vad kom man fram till?", text: "Mycket.", by: "bo", at: now)
        #expect(
            DialogueChanges.describe(from: old, to: vanersborg) == [
                "svarade \"Mycket.\" på \"Vad kom man fram till?\""
            ],
            "a text kept in the checklist is the item's answer, said once")
    }
}
