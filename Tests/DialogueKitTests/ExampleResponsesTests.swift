import Foundation
import Testing

@testable import DialogueKit

/// The example's responses: a decision with its body, date, paragraph and case number; most inputs
/// answered through themes or on their own and linked to it; two left without a response.
@Suite struct ExampleResponsesTests {
    private let now = Date(timeIntervalSince1970: 1_772_366_400)  // 2026-03-01 12:00 UTC
    private let helsingborg = BuiltInTemplates.all.first { $0.id == "helsingborg" }!

    @Test func theCommitteesDecisionAnswersMostInputsAndTwoAreLeftOpen() throws {
        let dialogue = ExampleDialogue.make(template: helsingborg, now: now)
        let decision = try #require(dialogue.followUp.decisions.first)
        #expect(dialogue.followUp.decisions.count == 1)
        #expect(decision.body == dialogue.committee && decision.caseNumber == dialogue.caseNumber)
        #expect(decision.paragraph == "§ 87" && !decision.text.isEmpty)
        #expect(try #require(decision.date) < LocalDate(now, calendar: .swedish))
        let counts = dialogue.responseCounts()
        #expect(counts.total == dialogue.inputs.count && counts.total == 12)
        #expect(dialogue.unansweredInputs().map(\.text) == ExampleDialogue.unansweredTexts)
        #expect(counts.byStatus.filter { $0.count > 0 }.count >= 4, "several statuses show")
        let basis = dialogue.basis(of: decision.id)
        #expect(basis.themes.map(\.tag) == ["trygghet", "belysning", "sittplatser", "vatten"])
        #expect(basis.inputCount >= 8)
        #expect(dialogue.themes().contains { $0.response == nil }, "a theme is still open")
        for input in dialogue.inputs {
            if let response = dialogue.resolvedResponse(for: input)?.response {
                #expect(!response.reason.isEmpty, "\(input.id) is answered without a reason")
            }
        }
    }

    @Test func itsResponsesAreOnDiskOnceCreated() throws {
        try StoreFixtures.withLibrary { store in
            let dialogue = ExampleDialogue.make(template: helsingborg, now: now)
            let loaded = try store.load(try store.create(dialogue)).dialogue
            #expect(loaded.inputs.map(\.response) == dialogue.inputs.map(\.response))
            #expect(loaded.followUp.decisions == dialogue.followUp.decisions)
            #expect(loaded.followUp.themeResponses == dialogue.followUp.themeResponses)
        }
    }
}
