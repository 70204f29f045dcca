import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// `t` assigns the selected item to a person; `f` shows one person's open items.
struct AssignmentUpdateTests {
    private func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .keyPressed($0)) }
    }

    /// The fixture dialogue with two people, Anna Berg (p1) and Örjan Ek (p2).
    private func stateWithPeople(readOnly: Bool = false) -> AppState {
        var state = Fixtures.dialogueState(readOnly: readOnly)
        guard case .dialogue(var d) = state.screen else { return state }
        d.dialogue.addPerson(name: "Anna Berg", role: .official, at: Fixtures.now)
        d.dialogue.addPerson(name: "Örjan Ek", role: .elected, at: Fixtures.now)
        state.screen = .dialogue(d)
        return state
    }

    private func saved(_ effects: [Effect]) -> Dialogue? {
        for case .save(let dialogue, _) in effects { return dialogue }
        return nil
    }

    @Test func tOpensThePickerAndEnterAssignsAndSaves() throws {
        var state = stateWithPeople()
        _ = press([.character("2"), .down, .character("t")], on: &state)
        guard case .choosingAssignee(let id, let selected) = Fixtures.screen(state)?.mode else {
            Issue.record("t should open the picker of people")
            return
        }
        #expect(id == "p.level")
        #expect(selected == 2, "an unassigned item starts on \"ingen\"")
        let effects = press([.up, .enter], on: &state)
        let dialogue = try #require(saved(effects))
        #expect(dialogue.item("p.level")?.assignee == "p2")
        #expect(dialogue.item("p.level")?.lastChange?.by == "anna")
        #expect(AppView.render(state).buffer.lines.joined().contains("Vilken grad av delaktighet? → Örjan Ek"))
    }

    @Test func choosingIngenClearsTheAssignmentAndEscapeChangesNothing() throws {
        var state = stateWithPeople()
        _ = press([.character("t"), .home, .enter], on: &state)
        #expect(Fixtures.screen(state)?.dialogue.item("b.gate1")?.assignee == "p1")
        #expect(press([.character("t"), .end, .escape], on: &state).isEmpty)
        #expect(Fixtures.screen(state)?.dialogue.item("b.gate1")?.assignee == "p1")
        let effects = press([.character("t"), .end, .enter], on: &state)
        #expect(saved(effects)?.item("b.gate1")?.assignee == nil)
    }

    @Test func assigningIsRefusedWhenReadOnly() {
        var state = stateWithPeople(readOnly: true)
        let effects = press([.character("t"), .enter], on: &state)
        #expect(effects.isEmpty)
        guard case .browsing = Fixtures.screen(state)?.mode else {
            Issue.record("a read-only dialogue should not open the picker")
            return
        }
        #expect(state.status?.isError == true)
    }

    @Test func fCyclesThroughPeopleShowingOnlyTheirOpenItems() throws {
        var state = stateWithPeople()
        // Anna gets both gate questions; Örjan gets nothing.
        _ = press([.character("t"), .home, .enter, .down, .character("t"), .home, .enter], on: &state)
        _ = press([.character("f")], on: &state)
        var d = try #require(Fixtures.screen(state))
        #expect(d.personFilter == "p1")
        #expect(d.visibleItems.map(\.id) == ["b.gate1", "b.gate2"])
        #expect(AppView.render(state).buffer.lines.joined().contains("Person: Anna Berg"))
        _ = press([.down, .character("y")], on: &state)
        d = try #require(Fixtures.screen(state))
        #expect(d.visibleItems.map(\.id) == ["b.gate1"], "an answered item is no longer open")
        #expect(d.selected?.id == "b.gate1", "the selection stays on a row")
        _ = press([.character("f")], on: &state)
        d = try #require(Fixtures.screen(state))
        #expect(d.personFilter == "p2")
        #expect(d.visibleItems.isEmpty)
        #expect(AppView.render(state).buffer.lines.joined().contains("Örjan Ek har inga öppna punkter"))
        _ = press([.character("f")], on: &state)
        #expect(Fixtures.screen(state)?.personFilter == nil)
        #expect(Fixtures.screen(state)?.visibleItems.count == 2)
    }

    @Test func thePersonFilterCombinesWithTheRoleFilterAndWorksInEveryPhase() throws {
        var state = stateWithPeople()
        _ = press([.character("2"), .end, .character("t"), .home, .enter, .character("f")], on: &state)
        #expect(Fixtures.screen(state)?.visibleItems.map(\.id) == ["p.who"])
        _ = press([.character("r")], on: &state)
        #expect(Fixtures.screen(state)?.visibleItems.map(\.id) == ["p.who"])
        _ = press([.character("r")], on: &state)
        #expect(Fixtures.screen(state)?.visibleItems.isEmpty == true, "p.who is the official's step")
        _ = press([.character("3")], on: &state)
        #expect(Fixtures.screen(state)?.visibleItems.isEmpty == true)
    }

    @Test func fWithoutPeopleSaysHowToAddThem() {
        var state = Fixtures.dialogueState()
        _ = press([.character("f")], on: &state)
        #expect(Fixtures.screen(state)?.personFilter == nil)
        #expect(state.status?.text.contains("Personer") == true)
    }
}
