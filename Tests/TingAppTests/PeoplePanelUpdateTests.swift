import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// Key sequences in the Personer panel: responsibility fields, adding, editing and deleting people.
struct PeoplePanelUpdateTests {
    private typealias F = PanelFixtures

    @Test func responsibilityFieldsAreTypedAndFacilitationCycles() throws {
        var state = F.state(.people)
        var effects = F.press([.enter] + F.type("Kultur- och fritidsnämnden") + [.enter], on: &state)
        #expect(F.saved(effects)?.planning.responsibility.questionOwner == "Kultur- och fritidsnämnden")
        effects = F.press([.down, .down, .enter], on: &state)
        #expect(F.saved(effects)?.planning.responsibility.facilitation == .internal)
        effects = F.press([.character(" ")], on: &state)
        #expect(F.saved(effects)?.planning.responsibility.facilitation == .external)
        effects = F.press([.enter], on: &state)
        #expect(F.saved(effects)?.planning.responsibility.facilitation == nil)
        #expect(F.press([.up, .enter, .character("x"), .escape], on: &state).isEmpty)
        #expect(Fixtures.screen(state)?.dialogue.planning.responsibility.dialogueResponsible == "")
    }

    @Test func aAddsAPersonWhoseFieldsAreThenEditedOneByOne() throws {
        var state = F.state(.people)
        var effects = F.press([.character("a")] + F.type("Åsa Öberg") + [.enter], on: &state)
        #expect(F.saved(effects)?.planning.people == [Person(id: "p1", name: "Åsa Öberg", role: .official)])
        effects = F.press([.down, .enter], on: &state)
        #expect(F.saved(effects)?.person(id: "p1")?.role == .processLeader)
        effects = F.press([.down, .enter] + F.type("asa@kommun.se") + [.enter], on: &state)
        #expect(F.saved(effects)?.person(id: "p1")?.contact == "asa@kommun.se")
        effects = F.press([.down, .enter] + F.type("Öppnar mötet i Råå") + [.enter, .escape], on: &state)
        #expect(F.saved(effects)?.person(id: "p1")?.participation == "Öppnar mötet i Råå")
        let d = try #require(Fixtures.screen(state))
        #expect(d.panels[PeoplePanel.self].people.form == nil)
        #expect(d.panels[PeoplePanel.self].responsibilityRow == nil, "the new person is selected")
        #expect(d.panel == .people)
    }

    @Test func bracketsAreTypedInAFieldAndSwitchPanelsOutsideIt() {
        var state = F.state(.people)
        let effects = F.press([.character("a")] + F.type("Bo [extern]") + [.enter, .escape], on: &state)
        #expect(F.saved(effects)?.person(id: "p1")?.name == "Bo [extern]")
        #expect(Fixtures.screen(state)?.panel == .people)
        _ = F.press([.character("]")], on: &state)
        #expect(Fixtures.screen(state)?.panel != .people)
    }

    @Test func aNewPersonNeedsANameAndEscapeDropsIt() {
        var state = F.state(.people)
        #expect(F.press([.character("a"), .character(" "), .enter], on: &state).isEmpty)
        #expect(state.status?.isError == true)
        #expect(F.press([.escape], on: &state).isEmpty)
        #expect(Fixtures.screen(state)?.panels[PeoplePanel.self].people.form == nil)
        #expect(Fixtures.screen(state)?.dialogue.planning.people.isEmpty == true)
    }

    @Test func enterOnAPersonEditsTheNameAndDeletingAsksFirstAndClearsAssignments() throws {
        var state = F.state(.people)
        _ = F.press([.character("a")] + F.type("Anna") + [.enter, .escape], on: &state)
        _ = F.press([.character("a")] + F.type("Bo") + [.enter, .escape], on: &state)
        F.show(.checklist, on: &state)
        _ = F.press([.end, .character("t"), .home, .enter], on: &state)
        F.show(.people, on: &state)
        #expect(Fixtures.screen(state)?.dialogue.item("p.who")?.assignee == "p1")
        _ = F.press([.up], on: &state)  // from Bo, the last added, to Anna
        var effects = F.press([.enter, .enter] + F.type(" Berg") + [.enter, .escape], on: &state)
        #expect(F.saved(effects)?.person(id: "p1")?.name == "Anna Berg")
        #expect(F.press([.character("d"), .character("n")], on: &state).isEmpty)
        #expect(Fixtures.screen(state)?.dialogue.planning.people.count == 2)
        _ = F.press([.character("d")], on: &state)
        #expect(F.text(state).contains("Ta bort personen?"))
        effects = F.press([.character("y")], on: &state)
        let dialogue = try #require(F.saved(effects))
        #expect(dialogue.planning.people.map(\.name) == ["Bo"])
        #expect(dialogue.item("p.who")?.assignee == nil)
    }

    @Test func deletingTheFilteredPersonClearsThePersonFilter() {
        var state = F.state(.people)
        _ = F.press([.character("a")] + F.type("Anna") + [.enter, .escape], on: &state)
        F.show(.checklist, on: &state)
        _ = F.press([.character("f")], on: &state)
        F.show(.people, on: &state)
        #expect(Fixtures.screen(state)?.personFilter == "p1")
        _ = F.press([.character("d"), .character("y")], on: &state)
        #expect(Fixtures.screen(state)?.personFilter == nil)
    }

    @Test func readOnlyRefusesEveryChange() {
        var state = F.state(.people, readOnly: true)
        for keys: [Key] in [[.enter], [.character("a")], [.down, .down, .character(" ")]] {
            #expect(F.press(keys, on: &state).isEmpty)
            #expect(state.status?.text == UIStrings.swedish.readOnlyRefusal)
        }
        #expect(Fixtures.screen(state)?.panels[PeoplePanel.self].people.form == nil)
        #expect(Fixtures.screen(state)?.panels[PeoplePanel.self].responsibilityEditor == nil)
    }

    @Test func checklistKeysDoNotReachTheHiddenChecklistButPhasesAndBackDo() {
        var state = F.state(.people)
        #expect(F.press([.character("y"), .character("n"), .character("g")], on: &state).isEmpty)
        #expect(Fixtures.screen(state)?.dialogue == Fixtures.dialogue())
        _ = F.press([.character("3")], on: &state)
        #expect(Fixtures.screen(state)?.phase.phase == .implementation)
    }
}
