import Foundation
import Testing

@testable import DialogueKit

/// Filtering the register and counting inputs per category, tag, activity and group.
@Suite struct InputQueryTests {
    private let now = StoreFixtures.now

    private func register() throws -> Dialogue {
        var dialogue = StoreFixtures.dialogue("Parken")
        let a1 = dialogue.addActivity(title: "Möte", kind: "möte", date: nil, by: "anna", at: now)
        let a2 = dialogue.addActivity(title: "Vandring", kind: "områdesvandring", date: nil, by: "anna", at: now)
        dialogue.addTargetGroup(name: "Äldre", affected: .high, activity: .high, at: now)
        try dialogue.addInput(text: "Ölburkar i ÅN", activity: a1, category: "teman", tags: ["skräp"], by: "a", at: now)
        try dialogue.addInput(
            text: "Belysning vid ån", activity: a1, category: "forslag", tags: ["ljus", "trygghet"], group: "g1",
            by: "a", at: now)
        try dialogue.addInput(text: "Mörkt i tunneln", activity: a2, tags: ["ljus"], by: "a", at: now)
        try dialogue.addInput(text: "Anna Andersson 070-1234567", activity: a2, by: "a", at: now)
        try dialogue.hideInput("i4", reason: "Personuppgifter", by: "a", at: now)
        return dialogue
    }

    @Test func everyCriterionMustHoldAndTextMatchesRegardlessOfCaseButKeepsÅÄÖ() throws {
        let dialogue = try register()
        #expect(dialogue.inputs(matching: InputFilter(activity: "a1")).map(\.id) == ["i1", "i2"])
        #expect(dialogue.inputs(matching: InputFilter(activity: "a1", tag: "ljus")).map(\.id) == ["i2"])
        #expect(dialogue.inputs(matching: InputFilter(category: "teman")).map(\.id) == ["i1"])
        #expect(dialogue.inputs(matching: InputFilter(group: "g1")).map(\.id) == ["i2"])
        #expect(dialogue.inputs(matching: InputFilter(text: "ån")).map(\.id) == ["i1", "i2"])
        #expect(dialogue.inputs(matching: InputFilter(text: "an")).isEmpty)
        #expect(dialogue.inputs(matching: InputFilter(text: "070")).isEmpty)
        #expect(dialogue.inputs(matching: InputFilter(text: "070", includeHidden: true)).map(\.id) == ["i4"])
    }

    @Test func countsArePerCategoryTagActivityAndGroup() throws {
        let dialogue = try register()
        let visible = dialogue.inputCounts()
        #expect(visible.total == 3 && visible.hidden == 0)
        #expect(visible.byCategory == ["teman": 1, "forslag": 1] && visible.uncategorised == 1)
        #expect(visible.byTag == ["skräp": 1, "ljus": 2, "trygghet": 1])
        #expect(visible.tagsByCount.map(\.tag) == ["ljus", "skräp", "trygghet"])
        #expect(visible.byActivity == ["a1": 2, "a2": 1])
        #expect(visible.byGroup == ["g1": 1])
        let all = dialogue.inputCounts(matching: InputFilter(includeHidden: true))
        #expect(all.total == 4 && all.hidden == 1 && all.byActivity["a2"] == 2)
    }

    @Test func theDialogueNamesItsCategoriesFromTheTemplateElseVänersborgsFour() throws {
        #expect(
            StoreFixtures.dialogue("Parken").inputCategories.map(\.title) == [
                "Teman", "Konkreta förslag", "Svar på förutbestämda frågor", "Behov, idéer, tankar",
            ])
        var template = StoreFixtures.template
        template.inputCategories = [InputCategory(id: "trafik", title: "Trafik")]
        let dialogue = Dialogue(template: template, title: "Gatan", now: now)
        #expect(dialogue.inputCategories == [InputCategory(id: "trafik", title: "Trafik")])
        #expect(dialogue.inputCategory("trafik")?.title == "Trafik")
    }
}
