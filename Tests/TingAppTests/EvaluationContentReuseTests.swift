import DialogueKit
import Testing

@testable import TingApp

/// Analys made again after a change: from the kept evidence when only the checklist changed, counted anew
/// when anything the evidence reads changed; either way the same as made from scratch.
struct EvaluationContentReuseTests {
    /// The parts of two contents that must agree.
    private func expectSame(_ reused: EvaluationContent, _ fresh: EvaluationContent) {
        #expect(reused.questions.map(\.item) == fresh.questions.map(\.item))
        #expect(reused.questions.map(\.evidence) == fresh.questions.map(\.evidence))
        #expect(reused.check == fresh.check)
        #expect(reused.marks.map(\.mark) == fresh.marks.map(\.mark))
        #expect(reused.marks.map(\.ticked) == fresh.marks.map(\.ticked))
        #expect(reused.methods == fresh.methods)
        #expect(reused.entries.count == fresh.entries.count)
    }

    @Test func anAnswerSavedKeepsTheEvidenceAndShowsTheNewAnswer() throws {
        var dialogue = EvaluationPanelFixtures.dialogue()
        let before = EvaluationContent(dialogue)
        try dialogue.apply(.response("Bra samtal"), to: "utvardering.vad-och-hur", by: "anna", at: Fixtures.now)
        let after = EvaluationContent(dialogue, reusing: before)
        expectSame(after, EvaluationContent(dialogue))
        #expect(after.questions.first { $0.item.id == "utvardering.vad-och-hur" }?.item.response == "Bra samtal")
        #expect(after.isCurrent(for: dialogue))
    }

    @Test func aMarksTickIsReadAgain() throws {
        var dialogue = EvaluationPanelFixtures.dialogue()
        let before = EvaluationContent(dialogue)
        let mark = try #require(before.marks.first { $0.ticked == false })
        try dialogue.apply(.done(true), to: mark.mark.id, by: "anna", at: Fixtures.now)
        let after = EvaluationContent(dialogue, reusing: before)
        expectSame(after, EvaluationContent(dialogue))
        #expect(after.marks.first { $0.mark.id == mark.mark.id }?.ticked == true)
    }

    @Test func aHiddenInputIsCountedAnew() throws {
        var dialogue = EvaluationPanelFixtures.dialogue()
        let before = EvaluationContent(dialogue)
        let input = try #require(dialogue.inputs.first { $0.hidden == nil })
        try dialogue.hideInput(input.id, reason: "dubblett", by: "anna", at: Fixtures.now)
        let after = EvaluationContent(dialogue, reusing: before)
        expectSame(after, EvaluationContent(dialogue))
        #expect(after.marks.map(\.mark) != before.marks.map(\.mark))
    }
}
