import Foundation
import Testing

@testable import DialogueKit

/// Capturing inputs and sorting them: ids, categories, tags, groups, hiding, duplicates and side issues.
@Suite struct InputEditingTests {
    private let later = StoreFixtures.now.addingTimeInterval(60)

    /// A dialogue with one activity (agenda point `p1`) and one target group `g1`.
    private func meeting() throws -> (Dialogue, activity: String) {
        var dialogue = StoreFixtures.dialogue("Parken")
        let activity = dialogue.addActivity(
            title: "Dialogmöte", kind: "möte", date: LocalDate("2025-03-01"), by: "anna", at: later)
        try dialogue.addAgendaPoint(title: "Välkomna", minutes: 10, toActivity: activity, by: "anna", at: later)
        dialogue.addTargetGroup(name: "Unga", affected: .high, activity: .low, at: later)
        return (dialogue, activity)
    }

    @Test func inputsAreCapturedWithTheirPlaceTimeAndCapturer() throws {
        var (dialogue, activity) = try meeting()
        let first = try dialogue.addInput(
            text: "Fler bänkar vid dammen", activity: activity, agendaPoint: "p1", category: "forslag",
            tags: [" bänkar ", "dammen", "bänkar"], group: "g1", source: .oral, by: "anna", at: later)
        let second = try dialogue.addInput(text: "Mörkt på gångvägen", by: "bo", at: later.addingTimeInterval(5))
        #expect((first, second) == ("i1", "i2"))
        let input = try #require(dialogue.input("i1"))
        #expect(input.text == "Fler bänkar vid dammen")
        #expect(input.capturedAt == later)
        #expect(input.activity == activity && input.agendaPoint == "p1")
        #expect(input.tags == ["bänkar", "dammen"])
        #expect(input.capturedBy == "anna" && input.source == .oral && input.group == "g1")
        #expect(input.lastChange == nil)
        #expect(dialogue.inputs.last?.id == "i2")
        #expect(dialogue.modifiedBy == "bo")
    }

    @Test func aNewIdFollowsTheLastInputsAndOddlyNamedOnesAreSkipped() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        dialogue.inputs = [
            Input(id: "i7", text: "a", capturedAt: later), Input(id: "x3", text: "b", capturedAt: later),
            Input(id: "i2", text: "c", capturedAt: later),
        ]
        #expect(try dialogue.addInput(text: "d", by: "anna", at: later) == "i3")
        dialogue.inputs.append(Input(id: "x9", text: "e", capturedAt: later))
        #expect(try dialogue.addInput(text: "f", by: "anna", at: later) == "i8")
    }

    @Test func captureRefusesBlankTextAndIdsTheDialogueDoesNotHave() throws {
        var (dialogue, activity) = try meeting()
        #expect(throws: DialogueError.emptyInput) { try dialogue.addInput(text: "  \n", by: "anna", at: later) }
        #expect(throws: DialogueError.noSuchActivity("a9")) {
            try dialogue.addInput(text: "x", activity: "a9", by: "anna", at: later)
        }
        #expect(throws: DialogueError.noSuchAgendaPoint("p9", activity: activity)) {
            try dialogue.addInput(text: "x", activity: activity, agendaPoint: "p9", by: "anna", at: later)
        }
        #expect(throws: DialogueError.noSuchCategory("okänd", known: ["teman", "forslag", "svar", "behov"])) {
            try dialogue.addInput(text: "x", category: "okänd", by: "anna", at: later)
        }
        #expect(throws: DialogueError.noSuchTargetGroup("g9")) {
            try dialogue.addInput(text: "x", group: "g9", by: "anna", at: later)
        }
        #expect(dialogue.inputs.isEmpty)
    }

    @Test func categoryGroupSourceAndTextAreSetAndRecordWhoChangedThem() throws {
        var (dialogue, _) = try meeting()
        let id = try dialogue.addInput(text: "Fler bänkr", by: "anna", at: later)
        let step = later.addingTimeInterval(30)
        #expect(try dialogue.setCategory("teman", ofInput: id, by: "bo", at: step))
        #expect(try !dialogue.setCategory("teman", ofInput: id, by: "bo", at: step))
        #expect(try dialogue.setGroup("g1", ofInput: id, by: "bo", at: step))
        #expect(try dialogue.setSource(.note, ofInput: id, by: "bo", at: step))
        #expect(try dialogue.setText("Fler bänkar", ofInput: id, by: "bo", at: step))
        let input = try #require(dialogue.input(id))
        #expect(input.category == "teman" && input.group == "g1" && input.source == .note)
        #expect(input.text == "Fler bänkar")
        #expect(input.lastChange == ItemChange(by: "bo", at: step))
        #expect(try dialogue.setCategory(nil, ofInput: id, by: "bo", at: step))
        #expect(dialogue.input(id)?.category == nil)
        #expect(throws: DialogueError.noSuchInput("i9")) {
            try dialogue.setCategory("teman", ofInput: "i9", by: "bo", at: step)
        }
    }

    @Test func manyInputsAreTaggedAtOnceAndAMissingIdChangesNone() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        for text in ["a", "b", "c"] { try dialogue.addInput(text: text, by: "anna", at: later) }
        #expect(try dialogue.addTag("trygghet", toInputs: ["i1", "i3"], by: "anna", at: later) == 2)
        #expect(try dialogue.addTag("trygghet", toInputs: ["i1", "i2"], by: "anna", at: later) == 1)
        #expect(throws: DialogueError.noSuchInput("i4")) {
            try dialogue.addTag("ljus", toInputs: ["i1", "i4"], by: "anna", at: later)
        }
        #expect(dialogue.inputs.map(\.tags) == [["trygghet"], ["trygghet"], ["trygghet"]])
        #expect(try dialogue.removeTag("trygghet", fromInputs: ["i2"], by: "anna", at: later) == 1)
        #expect(dialogue.inputTags == ["trygghet"])
        #expect(dialogue.input("i2")?.tags == [])
    }

    @Test func hidingKeepsTheInputWithItsReasonAndShowingBringsItBack() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        try dialogue.addInput(text: "Ett namn och ett telefonnummer", by: "anna", at: later)
        #expect(try dialogue.hideInput("i1", reason: "Personuppgifter", by: "bo", at: later))
        #expect(try !dialogue.hideInput("i1", reason: "Igen", by: "bo", at: later))
        #expect(dialogue.inputs.count == 1)
        #expect(dialogue.input("i1")?.hidden == InputHiding(reason: "Personuppgifter", by: "bo", at: later))
        #expect(dialogue.inputs(matching: .all).isEmpty)
        #expect(dialogue.inputs(matching: InputFilter(includeHidden: true)).map(\.id) == ["i1"])
        #expect(try dialogue.showInput("i1", by: "bo", at: later))
        #expect(try !dialogue.showInput("i1", by: "bo", at: later))
        #expect(dialogue.inputs(matching: .all).map(\.id) == ["i1"])
    }

    @Test func duplicatesAreLinkedToOneOriginalAndNeverMergedAway() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        for text in ["Bänkar", "Fler bänkar", "Bänkar!", "Ljus"] {
            try dialogue.addInput(text: text, by: "a", at: later)
        }
        #expect(try dialogue.linkDuplicate("i2", of: "i1", by: "a", at: later))
        #expect(try dialogue.linkDuplicate("i3", of: "i2", by: "a", at: later))
        #expect(dialogue.input("i3")?.duplicateOf == "i1")
        #expect(throws: DialogueError.duplicateOfItself("i1")) {
            try dialogue.linkDuplicate("i1", of: "i2", by: "a", at: later)
        }
        // Linking an original onto another input carries its duplicates along.
        #expect(try dialogue.linkDuplicate("i1", of: "i4", by: "a", at: later))
        #expect(dialogue.inputs.map(\.duplicateOf) == ["i4", "i4", "i4", nil])
        #expect(dialogue.duplicates(of: "i4").map(\.id) == ["i1", "i2", "i3"])
        #expect(try dialogue.unlinkDuplicate("i2", by: "a", at: later))
        #expect(try !dialogue.unlinkDuplicate("i2", by: "a", at: later))
        #expect(dialogue.inputs.count == 4)
    }

    @Test func anInputBecomesASideIssueOnceKeepingTheLinkBothWays() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        dialogue.addSideIssue("Bussturerna", at: later)
        try dialogue.addInput(text: "Snöröjningen på min gata", by: "anna", at: later)
        let issue = try dialogue.makeSideIssue(fromInput: "i1", by: "bo", at: later)
        #expect(issue == "s2")
        #expect(
            dialogue.planning.sideIssues.last
                == SideIssue(id: "s2", question: "Snöröjningen på min gata", fromInput: "i1"))
        #expect(dialogue.input("i1")?.sideIssue == "s2")
        #expect(try dialogue.makeSideIssue(fromInput: "i1", by: "bo", at: later) == "s2")
        #expect(dialogue.planning.sideIssues.count == 2)
        #expect(throws: DialogueError.noSuchInput("i5")) {
            try dialogue.makeSideIssue(fromInput: "i5", by: "bo", at: later)
        }
    }

    @Test func aBatchGetsIdsAfterTheHighestAndIsRefusedWholeForOneBlankText() throws {
        var (dialogue, activity) = try meeting()
        let now = StoreFixtures.now
        dialogue.inputs = [Input(id: "i9", text: "a", capturedAt: now), Input(id: "i3", text: "b", capturedAt: now)]
        let ids = try dialogue.addInputs(
            texts: ["Fler bänkar", "Mer ljus"], activity: activity, source: .survey, by: "anna", at: later)
        #expect(ids == ["i10", "i11"])
        #expect(dialogue.inputs.suffix(2).map(\.text) == ["Fler bänkar", "Mer ljus"])
        #expect(dialogue.inputs.suffix(2).allSatisfy { $0.activity == activity && $0.source == .survey })
        #expect(dialogue.modifiedAt == later && dialogue.modifiedBy == "anna")
        let before = dialogue
        #expect(throws: DialogueError.emptyInput) { try dialogue.addInputs(texts: ["ok", "  "], by: "anna", at: now) }
        #expect(throws: DialogueError.noSuchActivity("a9")) {
            try dialogue.addInputs(texts: ["ok"], activity: "a9", by: "anna", at: now)
        }
        #expect(dialogue == before)
    }
}

/// Ids stay unique whatever a hand-edited file holds.
@Suite struct InputIdentityTests {
    @Test func aTakenNextIdFallsBackToOneMoreThanTheHighest() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let now = StoreFixtures.now
        dialogue.inputs = [Input(id: "i6", text: "a", capturedAt: now), Input(id: "i5", text: "b", capturedAt: now)]
        #expect(try dialogue.addInput(text: "c", by: "anna", at: now) == "i7")
        #expect(try dialogue.addInput(text: "d", by: "anna", at: now) == "i8")
    }

}
