import Foundation
import Testing

@testable import DialogueKit

/// Responses to inputs and themes: which one applies, what is refused, the counts, the themes and the
/// chain from an input to its decisions and feedback and back.
@Suite struct ResponseTests {
    private let later = StoreFixtures.now.addingTimeInterval(60)

    /// The place of input `i<n>` in the register made by `register()`.
    private func index(_ id: String) -> Int { Int(id.dropFirst())! - 1 }

    /// Four inputs: i1 and i2 tagged "bänkar", i3 a duplicate of i1, i4 tagged "ljus" and "bänkar", i5 hidden.
    private func register() throws -> Dialogue {
        var dialogue = StoreFixtures.dialogue("Parken")
        try dialogue.addInput(text: "Fler bänkar", tags: ["bänkar"], by: "anna", at: later)
        try dialogue.addInput(text: "Bänkar vid dammen", tags: ["bänkar"], by: "anna", at: later)
        try dialogue.addInput(text: "Fler bänkar!", by: "anna", at: later)
        try dialogue.addInput(text: "Mörkt och inga bänkar", tags: ["ljus", "bänkar"], by: "anna", at: later)
        try dialogue.addInput(text: "Reklam", tags: ["ljus"], by: "anna", at: later)
        try dialogue.linkDuplicate("i3", of: "i1", by: "anna", at: later)
        try dialogue.hideInput("i5", reason: "reklam", by: "anna", at: later)
        return dialogue
    }

    @Test func anInputsOwnResponseWinsThenItsOriginalsThenItsFirstAnsweredTheme() throws {
        var dialogue = try register()
        #expect(dialogue.resolvedResponse(for: dialogue.inputs[index("i1")]) == nil)
        try dialogue.respond(toTheme: "bänkar", with: Response(status: .considered), by: "bo", at: later)
        try dialogue.respond(toTheme: "ljus", with: Response(status: .implemented), by: "bo", at: later)
        let themed = try #require(dialogue.resolvedResponse(for: dialogue.inputs[index("i4")]))
        #expect(themed.source == .theme(tag: "ljus") && themed.response.status == .implemented)
        #expect(dialogue.resolvedResponse(for: dialogue.inputs[index("i3")])?.source == .theme(tag: "bänkar"))
        try dialogue.respond(toInput: "i1", with: Response(status: .includedInProposal), by: "bo", at: later)
        let own = try #require(dialogue.resolvedResponse(for: dialogue.inputs[index("i1")]))
        #expect(own.source == .own && own.response.lastChange == ItemChange(by: "bo", at: later))
        let duplicate = try #require(dialogue.resolvedResponse(for: dialogue.inputs[index("i3")]))
        #expect(duplicate.source == .original(inputID: "i1") && duplicate.response.status == .includedInProposal)
        #expect(dialogue.input("i1")?.lastChange == ItemChange(by: "bo", at: later))
        #expect(dialogue.themeResponse(for: "ljus")?.response.status == .implemented)
    }

    @Test func incompleteResponsesUnknownInputsThemesAndDecisionsAreRefusedWithTheFix() throws {
        var dialogue = try register()
        let before = dialogue
        #expect(throws: DialogueError.responseNeedsReason(.notRelevant)) {
            try dialogue.respond(toInput: "i1", with: Response(status: .notRelevant, reason: "  "), by: "bo", at: later)
        }
        #expect(throws: DialogueError.responseNeedsForwarding(.outsideQuestion)) {
            try dialogue.respond(
                toInput: "i1", with: Response(status: .outsideQuestion, forwardedTo: ""), by: "bo", at: later)
        }
        #expect(throws: DialogueError.noSuchDecision("b7")) {
            try dialogue.respond(
                toInput: "i1", with: Response(status: .implemented, decisions: ["b7"]), by: "bo", at: later)
        }
        #expect(throws: DialogueError.noSuchInput("i99")) {
            try dialogue.respond(toInputs: ["i1", "i99"], with: Response(status: .implemented), by: "bo", at: later)
        }
        // A theme only hidden inputs carry is no theme to answer.
        #expect(throws: DialogueError.noSuchTheme("reklam")) {
            try dialogue.respond(toTheme: "reklam", with: Response(status: .implemented), by: "bo", at: later)
        }
        #expect(dialogue == before)
        #expect(DialogueError.responseNeedsReason(.notRelevant).description.contains("--reason"))
        #expect(DialogueError.responseNeedsForwarding(.outsideQuestion).description.contains("--forward-to"))
        try dialogue.respond(
            toInput: "i2", with: Response(status: .outsideQuestion, reason: " ", forwardedTo: " Trafiknämnden "),
            by: "bo", at: later)
        #expect(dialogue.input("i2")?.response?.forwardedTo == "Trafiknämnden")
    }

    @Test func theSameResponseAgainChangesNothingAndNilClearsIt() throws {
        var dialogue = try register()
        try dialogue.respond(toInput: "i2", with: Response(status: .considered, reason: "Ja"), by: "bo", at: later)
        let answered = dialogue
        try dialogue.respond(
            toInput: "i2", with: Response(status: .considered, reason: "Ja "), by: "cia",
            at: later.addingTimeInterval(9))
        #expect(dialogue == answered)
        #expect(try dialogue.respond(toInputs: ["i2", "i4"], with: nil, by: "cia", at: later) == 1)
        #expect(dialogue.input("i2")?.response == nil && dialogue.modifiedBy == "cia")
        try dialogue.respond(toTheme: "ljus", with: Response(status: .considered), by: "bo", at: later)
        try dialogue.respond(toTheme: "ljus", with: nil, by: "bo", at: later)
        #expect(dialogue.followUp.themeResponses.isEmpty)
    }

    @Test func countsCoverEveryStatusInOrderAndSkipHiddenInputs() throws {
        var dialogue = try register()
        try dialogue.respond(toInput: "i1", with: Response(status: .implemented), by: "bo", at: later)
        try dialogue.respond(
            toTheme: "ljus", with: Response(status: .notRelevant, reason: "Inte här"), by: "bo", at: later)
        let counts = dialogue.responseCounts()
        #expect(counts.byStatus.map(\.status) == ResponseStatus.allCases)
        #expect(counts.count(of: .implemented) == 2)  // i1 and its duplicate i3
        #expect(counts.count(of: .notRelevant) == 1)  // i4; hidden i5 is not counted
        #expect((counts.unanswered, counts.total, counts.answered) == (1, 4, 3))
        #expect(dialogue.unansweredInputs().map(\.id) == ["i2"])
    }

    @Test func themesListTagsOfVisibleInputsMostFirstWithTheirResponses() throws {
        var dialogue = try register()
        try dialogue.respond(toTheme: "ljus", with: Response(status: .considered), by: "bo", at: later)
        let themes = dialogue.themes()
        #expect(themes.map(\.tag) == ["bänkar", "ljus"])
        #expect(themes.map(\.inputCount) == [3, 1])
        #expect(themes[1].response?.status == .considered && themes[0].response == nil)
    }

    @Test func decisionsAreNumberedCheckedChangedAndKeptWhileLinked() throws {
        var dialogue = try register()
        #expect(throws: DialogueError.decisionWithoutBody) {
            try dialogue.addDecision(
                body: " ", date: nil, paragraph: "", caseNumber: "", text: "x", by: "bo", at: later)
        }
        #expect(throws: DialogueError.decisionWithoutText) {
            try dialogue.addDecision(
                body: "nämnden", date: nil, paragraph: "", caseNumber: "", text: "", by: "bo", at: later)
        }
        let id = try dialogue.addDecision(
            body: " Kultur- och fritidsnämnden ", date: LocalDate("2026-05-20"), paragraph: "§ 41",
            caseNumber: "KFN 2026/112", text: "Parken rustas.", by: "bo", at: later)
        #expect(id == "b1")
        #expect(dialogue.decision(id: "b1")?.body == "Kultur- och fritidsnämnden")
        try dialogue.respond(
            toInput: "i1", with: Response(status: .implemented, decisions: ["b1", "b1"]), by: "bo", at: later)
        try dialogue.respond(
            toTheme: "ljus", with: Response(status: .considered, decisions: ["b1"]), by: "bo", at: later)
        #expect(dialogue.input("i1")?.response?.decisions == ["b1"])
        #expect(throws: DialogueError.decisionInUse("b1", responses: 2)) {
            try dialogue.removeDecision(id: "b1", by: "bo", at: later)
        }
        var changed = try #require(dialogue.decision(id: "b1"))
        changed.paragraph = "§ 42"
        try dialogue.updateDecision(changed, by: "cia", at: later)
        #expect(dialogue.decision(id: "b1")?.paragraph == "§ 42")
        #expect(dialogue.decision(id: "b1")?.lastChange?.by == "cia")
        #expect(throws: DialogueError.noSuchDecision("b9")) {
            try dialogue.updateDecision(Decision(id: "b9", body: "x", text: "y"), by: "cia", at: later)
        }
        try dialogue.respond(toInput: "i1", with: nil, by: "bo", at: later)
        try dialogue.respond(toTheme: "ljus", with: nil, by: "bo", at: later)
        try dialogue.removeDecision(id: "b1", by: "bo", at: later)
        #expect(dialogue.followUp.decisions.isEmpty)
        #expect(
            try dialogue.addDecision(
                body: "nämnden", date: nil, paragraph: "", caseNumber: "", text: "x", by: "bo", at: later)
                == "b1")
    }

    @Test func theTraceFollowsAnInputToItsDecisionAndFeedbackAndTheBasisLeadsBack() throws {
        var dialogue = try register()
        let decision = try dialogue.addDecision(
            body: "nämnden", date: LocalDate("2026-05-20"), paragraph: "§ 41", caseNumber: "KFN 2026/112",
            text: "Parken rustas.", by: "bo", at: later)
        try dialogue.respond(
            toTheme: "bänkar", with: Response(status: .implemented, decisions: [decision]), by: "bo", at: later)
        try dialogue.respond(
            toInput: "i4", with: Response(status: .considered, decisions: [decision]), by: "bo", at: later)
        let captured = LocalDate(later, calendar: .swedish)
        dialogue.followUp.feedbackRounds = [
            FeedbackRound(id: "a1", audience: "deltagarna", plannedOn: LocalDate("2099-01-01")),
            FeedbackRound(id: "a2", audience: "beslutsfattarna", plannedOn: LocalDate("2099-01-01")),
            FeedbackRound(
                id: "a3", audience: "invanarna", plannedOn: LocalDate("2099-01-01"), sentOn: LocalDate("2000-01-01")),
            FeedbackRound(id: "a4", audience: "invanarna", plannedOn: nil, sentOn: captured),
            FeedbackRound(id: "a5", audience: "deltagarna"),
        ]
        let trace = try #require(dialogue.trace(input: "i3"))
        #expect(trace.original?.id == "i1")
        #expect(trace.themes.isEmpty)
        #expect(trace.response?.source == .theme(tag: "bänkar"))
        #expect(trace.decisions.map(\.id) == ["b1"])
        #expect(trace.feedbackRounds.map(\.id) == ["a1", "a4"])
        #expect(
            dialogue.trace(input: "i2")?.themes == [
                ThemeSummary(tag: "bänkar", inputCount: 3, response: dialogue.themeResponse(for: "bänkar")?.response)
            ])
        #expect(dialogue.trace(input: "i99") == nil)
        let basis = dialogue.basis(of: decision)
        #expect(basis.decision?.paragraph == "§ 41")
        #expect(basis.themes.map(\.tag) == ["bänkar"] && basis.themes.map(\.inputCount) == [3])
        #expect(basis.inputs.map(\.id) == ["i4"])
        #expect(basis.throughThemes.map(\.id) == ["i1", "i2", "i3"])
        #expect(basis.inputCount == 4 && !basis.isEmpty)
        #expect(dialogue.basis(of: "b9").isEmpty && dialogue.basis(of: "b9").decision == nil)
    }

    @Test func originalsAreFoundWhereverTheyStand() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        dialogue.inputs = [
            Input(id: "x1", text: "a", capturedAt: later, response: Response(status: .considered)),
            Input(id: "i1", text: "b", capturedAt: later, duplicateOf: "x1"),
            Input(id: "i9", text: "c", capturedAt: later, duplicateOf: "i1"),
        ]
        #expect(dialogue.resolvedResponse(for: dialogue.inputs[1])?.source == .original(inputID: "x1"))
        #expect(dialogue.resolvedResponse(for: dialogue.inputs[2]) == nil)
    }
}
