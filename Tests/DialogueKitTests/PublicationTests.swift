import Foundation
import Testing

@testable import DialogueKit

/// Publication before and after: one store per text (the checklist's question item when it asks the very
/// question, else the publication), publishing with a date, and drafts from the data.
@Suite struct PublicationTests {
    private let later = StoreFixtures.now.addingTimeInterval(60)
    private let may2 = LocalDate(year: 2025, month: 5, day: 2)!
    private let vanersborg = BuiltInTemplates.all.first { $0.id == "vanersborg" }!

    @Test func withoutAChecklistItemTheTextsLiveInThePublicationInQuestionOrder() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let questions = PublicationMoment.before.questions
        #expect(dialogue.publicationTexts(.before).map(\.question) == questions)
        #expect(dialogue.publicationTexts(.before).allSatisfy { $0.text.isEmpty })
        try dialogue.setPublicationText(
            .after, question: "Vad kom man fram till?", text: "Mycket.", by: "bo", at: later)
        try dialogue.setPublicationText(
            .before, question: questions[2], text: "Genom workshoppar.", by: "anna", at: later)
        try dialogue.setPublicationText(.before, question: questions[0], text: "Parken.", by: "anna", at: later)
        #expect(dialogue.followUp.publications.map(\.moment) == [.before, .after])
        #expect(dialogue.publicationTexts(.before).map(\.text) == ["Parken.", "", "Genom workshoppar."])
        #expect(dialogue.publication(.before)?.lastChange == ItemChange(by: "anna", at: later))
        try dialogue.setPublicationText(.before, question: questions[0], text: "  ", by: "anna", at: later)
        #expect(dialogue.publication(.before)?.texts.map(\.question) == [questions[2]])
        #expect(throws: DialogueError.noSuchPublicationQuestion("Vad kom man fram till?", known: questions)) {
            try dialogue.setPublicationText(
                .before, question: "Vad kom man fram till?", text: "x", by: "anna", at: later)
        }
    }

    @Test func vanersborgsChecklistItemsHoldTheTextsSoThereIsOneStorePerText() throws {
        var dialogue = Dialogue(template: vanersborg, title: "Parken", now: StoreFixtures.now)
        let question = "Vilka riktar sig invånardialogen till?"
        let item = try #require(dialogue.publicationItem(for: question))
        #expect(item.id == "genomforande.fore.riktar-sig-till")
        try dialogue.setPublicationText(.before, question: question, text: "Unga i parken.", by: "anna", at: later)
        #expect(dialogue.publication(.before) == nil, "nothing is kept twice")
        let answered = try #require(dialogue.allItems.first { $0.id == item.id })
        #expect(answered.response == "Unga i parken." && answered.lastChange?.by == "anna")
        try dialogue.apply(.response("Alla unga."), to: item.id, by: "bo", at: later)
        #expect(dialogue.publicationTexts(.before)[1].text == "Alla unga.")
        #expect(dialogue.publicationTexts(.after).map(\.question) == PublicationMoment.after.questions)
        #expect(PublicationMoment.after.questions.allSatisfy { dialogue.publicationItem(for: $0) != nil })
    }

    @Test func publishingNeedsATextAndRecordsTheDayAndWho() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        #expect(throws: DialogueError.publicationWithoutText(.before)) {
            try dialogue.markPublished(.before, on: may2, by: "anna", at: later)
        }
        #expect(DialogueError.publicationWithoutText(.before).description.hasPrefix("Publiceringen före dialogen"))
        try dialogue.setPublicationText(
            .before, question: "Vad handlar invånardialogen om?", text: "Parken.", by: "anna", at: later)
        try dialogue.markPublished(.before, on: may2, by: "bo", at: later)
        let published = try #require(dialogue.publication(.before))
        #expect(published.publishedOn == may2 && published.publishedBy == "bo")
        #expect(published.texts.map(\.text) == ["Parken."])
    }
}
