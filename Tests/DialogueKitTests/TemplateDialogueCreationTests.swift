import DialogueKit
import Foundation
import Testing

/// `Dialogue(template:title:now:)` gives the dialogue its own copy of everything in the template.
@Suite struct TemplateDialogueCreationTests {
    let now = Date(timeIntervalSince1970: 1_772_366_400)
    let helsingborg = BuiltInTemplates.all.first { $0.id == "helsingborg" }!

    @Test func aNewDialogueCopiesTheChecklistsAndTheHandbooksWords() {
        let dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        #expect(dialogue.phases == helsingborg.phases)
        #expect(dialogue.levels == helsingborg.levels)
        #expect(dialogue.gate == helsingborg.gate)
        #expect(dialogue.about == helsingborg.about)
        #expect(dialogue.template == helsingborg.reference)
        #expect(Array(dialogue.allItems).count == 39)
        #expect(dialogue.allItems.allSatisfy { !$0.isComplete && $0.lastChange == nil })
        #expect(dialogue.progress == ChecklistProgress(done: 0, total: 39))
        #expect(dialogue.currentPhase == .decision)
    }

    @Test func aNewDialogueCopiesTheRolesAndFindsAnItemsRole() throws {
        let template = try Template(toml: TemplateTestSupport.minimalTemplate(), file: "mini.toml")
        let dialogue = Dialogue(template: template, title: "Lekplats", now: now)
        #expect(dialogue.roles == template.roles)
        #expect(dialogue.methods.isEmpty)
        let item = try #require(dialogue.item("utvardering.klar"))
        #expect(dialogue.role(of: item)?.name == "Gemensam")
        #expect(dialogue.role(of: try #require(dialogue.item("beslut.mandat"))) == nil)
        #expect(dialogue.role(id: "okand") == nil)
    }

    @Test func answeringTheDialogueLeavesTheTemplateUntouched() throws {
        var dialogue = Dialogue(template: helsingborg, title: "Torget", now: now)
        try dialogue.apply(.answer(.yes), to: "beslut.tid", by: "test", at: now)
        #expect(dialogue.item("beslut.tid")?.answer == .yes)
        #expect(helsingborg.allItems.first { $0.id == "beslut.tid" }?.answer == nil)
        #expect(BuiltInTemplates.all.first { $0.id == "helsingborg" } == helsingborg)
    }
}
