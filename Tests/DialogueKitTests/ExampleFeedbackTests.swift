import DialogueKit
import Foundation
import Testing

/// The example's feedback: the website page published before the workshops, the participants told soon after
/// them, and all residents to be told after the decision.
@Suite struct ExampleFeedbackTests {
    let now = Date(timeIntervalSince1970: 1_772_366_400)  // 2026-03-01 12:00 UTC
    let helsingborg = BuiltInTemplates.all.first { $0.id == "helsingborg" }!

    @Test func theParticipantsWereToldAfterTheWorkshopAndAllResidentsWillBe() throws {
        let dialogue = ExampleDialogue.make(template: helsingborg, now: now)
        let today = LocalDate(now, calendar: .swedish)
        let rounds = dialogue.followUp.feedbackRounds
        #expect(rounds.map(\.audience) == [FeedbackAudience.participantsID, FeedbackAudience.residentsID])
        let workshop = try #require(dialogue.planning.activities.first { $0.title == ExampleDialogue.heldWorkshop })
        let sent = try #require(rounds[0].sentOn)
        #expect(try #require(workshop.date) < sent && sent < today)
        #expect(rounds[0].sentBy == ExampleDialogue.actor && !rounds[0].text.isEmpty)
        #expect(!rounds[1].isSent)
        #expect(try #require(rounds[1].plannedOn) > today)
        #expect(rounds[1].channels.contains("kommunens webbsida"))
        #expect(dialogue.overdueFeedback(today: today).isEmpty)
        #expect(dialogue.feedbackSentToResidents.map(\.id) == [rounds[0].id])
    }

    @Test func theBeforeTextsArePublishedBeforeTheWorkshops() throws {
        let dialogue = ExampleDialogue.make(template: helsingborg, now: now)
        #expect(dialogue.publicationTexts(.before).allSatisfy { $0.text.count > 40 })
        let published = try #require(dialogue.publication(.before)?.publishedOn)
        let (start, _) = dialogue.schedule(of: .implementation)
        #expect(published < (try #require(start)))
        #expect(dialogue.publication(.after) == nil)
        #expect(dialogue.publicationTexts(.after).allSatisfy { $0.text.isEmpty })
    }
}
