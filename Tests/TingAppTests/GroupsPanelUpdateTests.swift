import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// Key sequences and clicks on the Målgrupper panel, fed to the pure update.
struct GroupsPanelUpdateTests {
    private func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { update(&state, .keyPressed($0)) }
    }

    private func type(_ text: String) -> [Key] { text.map { .character($0) } }

    /// The fixture dialogue, without groups, on the Målgrupper panel.
    private func emptyGroupsState(_ model: RepresentationModel, readOnly: Bool = false) -> AppState {
        var state = Fixtures.dialogueState(readOnly: readOnly)
        if case .dialogue(var d) = state.screen {
            d.dialogue.representation = model
            state.screen = .dialogue(d)
        }
        GroupFixtures.openGroups(&state)
        return state
    }

    private func savedGroups(_ effects: [Effect]) -> [TargetGroup]? {
        for case .save(let dialogue, _) in effects.reversed() { return dialogue.planning.targetGroups }
        return nil
    }

    @Test func panelKeysSwitchToTheGroupsPanel() {
        let state = emptyGroupsState(GroupFixtures.helsingborg)
        #expect(Fixtures.screen(state)?.frontPanel == .groups)
    }

    @Test func addTwoGroupsAndMoveOneIntoThePriorityQuadrantInHelsingborgsGrid() {
        var state = emptyGroupsState(GroupFixtures.helsingborg)
        // Helsingborg: priority 1 is bottom right; go up to priority 2 (top right) and add there.
        var effects = press([.up, .character("a")] + type("Föräldrar") + [.enter], &state)
        #expect(savedGroups(effects)?.map(\.priority) == [2])
        // Left to priority 3 (top left), add a second group.
        effects = press([.left, .character("a")] + type("Unga 13–19") + [.enter], &state)
        #expect(savedGroups(effects)?.map(\.name) == ["Föräldrar", "Unga 13–19"])
        // Move "Unga" down, then right: into the priority corner.
        effects = press([.character("J")], &state)
        #expect(savedGroups(effects)?.last?.priority == 4)
        effects = press([.character("L")], &state)
        let moved = savedGroups(effects)?.last
        #expect(moved?.name == "Unga 13–19" && moved?.affected == .high && moved?.activity == .low)
        #expect(moved?.priority == 1)
        #expect(AppView.render(state).buffer.lines.contains { $0.contains("Unga 13–19 · Prioritet 1") })
        let d = Fixtures.screen(state)
        #expect(d?.panels[GroupsPanel.self].quadrant == .priorityOne)
        #expect(d?.panels[GroupsPanel.self].selectedGroup(in: d!.dialogue)?.name == "Unga 13–19")
        #expect(d?.dialogue.modifiedAt == Fixtures.now)
    }

    @Test func vanersborgsGridHasPriorityOneTopLeftAndLowActivityOnTheLeft() {
        var state = emptyGroupsState(GroupFixtures.vanersborg)
        _ = press([.character("a")] + type("Barn") + [.enter], &state)
        let effects = press([.character("L")], &state)
        #expect(savedGroups(effects)?.first?.priority == 2)
        let down = press([.character("J")], &state)
        #expect(savedGroups(down)?.first?.priority == 3)
        let left = press([.character("H")], &state)
        #expect(savedGroups(left)?.first?.priority == 4)
        let up = press([.character("K")], &state)
        #expect(savedGroups(up)?.first?.priority == 1)
    }

    @Test func shiftedArrowsMoveTheGroupLikeHJKL() {
        var state = emptyGroupsState(GroupFixtures.vanersborg)
        _ = press([.character("a")] + type("Barn") + [.enter], &state)
        #expect(savedGroups(press([.shiftRight], &state))?.first?.priority == 2)
        #expect(savedGroups(press([.shiftDown], &state))?.first?.priority == 3)
        #expect(savedGroups(press([.shiftLeft], &state))?.first?.priority == 4)
        #expect(savedGroups(press([.shiftUp], &state))?.first?.priority == 1)
    }

    @Test func escapeCancelsAddingAndAnEmptyNameIsRefused() {
        var state = emptyGroupsState(GroupFixtures.helsingborg)
        #expect(press([.character("a")] + type("Halv") + [.escape], &state).isEmpty)
        #expect(press([.character("a"), .character(" "), .enter], &state).isEmpty)
        #expect(state.status?.isError == true)
        #expect(Fixtures.screen(state)?.dialogue.planning.targetGroups.isEmpty == true)
    }

    @Test func typingBracketsAndDigitsInANameStaysInTheField() {
        var state = emptyGroupsState(GroupFixtures.helsingborg)
        let effects = press([.character("a")] + type("Grupp [2] q") + [.enter], &state)
        #expect(savedGroups(effects)?.first?.name == "Grupp [2] q")
        #expect(Fixtures.screen(state)?.frontPanel == .groups)
    }

    @Test func removeAsksFirst() {
        var state = GroupFixtures.state(GroupFixtures.vanersborg, size: Size(width: 80, height: 24))
        GroupFixtures.openGroups(&state)
        #expect(press([.character("d"), .character("n")], &state).isEmpty)
        let effects = press([.character("d"), .character("y")], &state)
        #expect(savedGroups(effects)?.map(\.id) == ["g2", "g3", "g4"])
        #expect(state.status?.text.contains("Barn 6–12 år i Råå") == true)
    }

    @Test func theFormTogglesChoicesAddsFreeTextAndRefusesABadNumber() throws {
        var state = GroupFixtures.state(GroupFixtures.vanersborg, size: Size(width: 80, height: 24))
        GroupFixtures.openGroups(&state)
        // Rows: name, description, hard to reach, barriers (6 known + "brist på kunskap" is known) …
        var effects = press([.enter, .down, .down, .character(" ")], &state)
        #expect(savedGroups(effects)?.first?.hardToReach == false)
        effects = press([.down, .character(" ")], &state)
        #expect(savedGroups(effects)?.first?.barriers == ["brist på kunskap", "kostnader"])
        let addBarrier = [Key](repeating: .down, count: 6)
        effects = press(addBarrier + [.enter] + type("långa avstånd") + [.enter], &state)
        #expect(savedGroups(effects)?.first?.barriers.last == "långa avstånd")
        effects = press([.end, .enter] + type("många") + [.enter], &state)
        #expect(effects.isEmpty)
        #expect(state.status?.text == UIStrings.swedish.invalidPlannedParticipants)
        effects = press([.escape, .enter, .backspace, .backspace] + type("25") + [.enter], &state)
        #expect(savedGroups(effects)?.first?.plannedParticipants == 25)
        _ = press([.escape], &state)
        let d = try #require(Fixtures.screen(state))
        guard case .browsing = d.panels[GroupsPanel.self].mode else {
            Issue.record("Esc should close the form")
            return
        }
    }

    @Test func readOnlyRefusesEveryChange() {
        var state = emptyGroupsState(GroupFixtures.helsingborg, readOnly: true)
        #expect(press([.character("a")], &state).isEmpty)
        #expect(state.status?.text == UIStrings.swedish.readOnlyRefusal)
        #expect(press(type("X") + [.enter], &state).isEmpty)
        #expect(Fixtures.screen(state)?.dialogue.planning.targetGroups.isEmpty == true)
    }

    @Test func arrowsWalkAcrossQuadrantsAndOtherKeysFallThrough() {
        var state = GroupFixtures.state(GroupFixtures.vanersborg, size: Size(width: 80, height: 24))
        GroupFixtures.openGroups(&state)
        _ = press([.down], &state)
        #expect(Fixtures.screen(state)?.panels[GroupsPanel.self].index == 1)
        _ = press([.down], &state)
        #expect(Fixtures.screen(state)?.panels[GroupsPanel.self].quadrant.priority == 4)
        _ = press([.right], &state)
        #expect(Fixtures.screen(state)?.panels[GroupsPanel.self].quadrant.priority == 3)
        _ = press([.character("[")], &state)
        #expect(Fixtures.screen(state)?.frontPanel == .checklist)
    }

    @Test func aClickSelectsAQuadrantOrAGroup() throws {
        var state = GroupFixtures.state(GroupFixtures.vanersborg, size: Size(width: 80, height: 24))
        GroupFixtures.openGroups(&state)
        let lines = AppView.render(state).buffer.lines
        let row = try #require(lines.firstIndex { $0.contains("Föreningen Rååns vänner") })
        let column = try #require(lines[row].range(of: "Föreningen")).lowerBound
        let x = lines[row].distance(from: lines[row].startIndex, to: column)
        _ = update(&state, .clicked(Point(x: x, y: row)))
        let d = try #require(Fixtures.screen(state))
        #expect(d.panels[GroupsPanel.self].selectedGroup(in: d.dialogue)?.name == "Föreningen Rååns vänner")
        _ = update(&state, .clicked(Point(x: 2, y: row)))
        #expect(Fixtures.screen(state)?.panels[GroupsPanel.self].quadrant.priority == 4)
        _ = update(&state, .clicked(Point(x: x, y: row)))
        _ = update(&state, .clicked(Point(x: x, y: row)))
        guard case .editing = Fixtures.screen(state)?.panels[GroupsPanel.self].mode else {
            Issue.record("a second click on the selected group should open its form")
            return
        }
    }
}
