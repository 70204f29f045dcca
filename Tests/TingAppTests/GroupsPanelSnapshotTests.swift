import DialogueKit
import TerminalKit
import Testing

@testable import TingApp

/// The Målgrupper panel rendered for both orientations and compared with golden files.
struct GroupsPanelSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test(arguments: sizes)
    func helsingborgGrid(size: Size) {
        var state = GroupFixtures.state(GroupFixtures.helsingborg, size: size)
        GroupFixtures.openGroups(&state)
        _ = update(&state, .keyPressed(.down))
        Snapshot.assertMatches(AppView.render(state), named: "groups-helsingborg-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes)
    func vanersborgGrid(size: Size) {
        var state = GroupFixtures.state(GroupFixtures.vanersborg, size: size)
        GroupFixtures.openGroups(&state)
        Snapshot.assertMatches(AppView.render(state), named: "groups-vanersborg-\(size.width)x\(size.height)")
    }

    @Test func narrowTerminalShowsAListByQuadrant() {
        var state = GroupFixtures.state(GroupFixtures.vanersborg, size: Size(width: 40, height: 12))
        GroupFixtures.openGroups(&state)
        Snapshot.assertMatches(AppView.render(state), named: "groups-list-40x12")
    }

    @Test func groupFormAt80x24() {
        var state = GroupFixtures.state(GroupFixtures.helsingborg, size: Size(width: 80, height: 24))
        GroupFixtures.openGroups(&state)
        for key: Key in [.enter, .down, .down, .down] { _ = update(&state, .keyPressed(key)) }
        Snapshot.assertMatches(AppView.render(state), named: "groups-form-80x24")
    }

    @Test(arguments: [
        Size(width: 1, height: 1), Size(width: 40, height: 12), Size(width: 59, height: 30),
        Size(width: 60, height: 17), Size(width: 0, height: 0),
    ])
    func everySizeRendersWithoutCrashing(size: Size) {
        for model in [GroupFixtures.helsingborg, GroupFixtures.vanersborg] {
            var state = GroupFixtures.state(model, size: size)
            GroupFixtures.openGroups(&state)
            let keys: [Key] = [
                .down, .right, .character("a"), .character("x"), .enter, .enter, .escape, .character("d"),
            ]
            for key in keys {
                _ = update(&state, .keyPressed(key))
                #expect(AppView.render(state).buffer.size == size)
            }
        }
    }
}
