import Foundation
import Testing

@testable import DialogueKit

/// Adding, changing, moving and removing target groups, and the warnings of the analysis.
struct TargetGroupEditingTests {
    private let later = StoreFixtures.now.addingTimeInterval(60)

    @Test func addGivesTheNextIdATrimmedNameAndTheQuadrant() {
        var dialogue = StoreFixtures.dialogue("Lekplats")
        let first = dialogue.addTargetGroup(name: "  Barn  ", affected: .high, activity: .low, at: later)
        let second = dialogue.addTargetGroup(name: "Föreningar", affected: .low, activity: .high, at: later)
        #expect(first == "g1" && second == "g2")
        #expect(dialogue.targetGroup(id: "g1")?.name == "Barn")
        #expect(dialogue.targetGroup(id: "g1")?.priority == 1)
        #expect(dialogue.targetGroup(id: "g2")?.priority == 3)
        #expect(dialogue.modifiedAt == later)
    }

    @Test func idsAreNotReusedAfterARemovalInTheMiddle() {
        var dialogue = StoreFixtures.dialogue("Lekplats")
        for name in ["A", "B", "C"] { dialogue.addTargetGroup(name: name, affected: .low, activity: .low, at: later) }
        let removed = dialogue.removeTargetGroup(id: "g2", at: later)
        let added = dialogue.addTargetGroup(name: "D", affected: .low, activity: .low, at: later)
        #expect(removed && added == "g4")
        #expect(dialogue.planning.targetGroups.map(\.name) == ["A", "C", "D"])
    }

    @Test func moveChangesTheLevelsAndSoThePriority() {
        var dialogue = StoreFixtures.dialogue("Lekplats")
        let id = dialogue.addTargetGroup(name: "Unga", affected: .low, activity: .high, at: StoreFixtures.now)
        let moved = dialogue.moveTargetGroup(id: id, affected: .high, activity: .low, at: later)
        #expect(moved)
        let group = dialogue.targetGroup(id: id)
        #expect(group?.affected == .high && group?.activity == .low && group?.priority == 1)
        #expect(dialogue.modifiedAt == later)
    }

    @Test func changesToAMissingGroupChangeNothing() {
        var dialogue = StoreFixtures.dialogue("Lekplats")
        let before = dialogue
        let moved = dialogue.moveTargetGroup(id: "g9", affected: .high, activity: .low, at: later)
        let removed = dialogue.removeTargetGroup(id: "g9", at: later)
        let updated = dialogue.updateTargetGroup(
            TargetGroup(id: "g9", name: "X", affected: .low, activity: .low), at: later)
        #expect(!moved && !removed && !updated)
        #expect(dialogue == before)
    }

    @Test func updateReplacesTheWholeGroup() {
        var dialogue = StoreFixtures.dialogue("Lekplats")
        let id = dialogue.addTargetGroup(name: "Unga", affected: .high, activity: .low, at: StoreFixtures.now)
        var group = dialogue.targetGroup(id: id)!
        group.barriers = ["kostnader", "egen tröskel"]
        group.plannedParticipants = 25
        let updated = dialogue.updateTargetGroup(group, at: later)
        #expect(updated)
        #expect(dialogue.targetGroup(id: id) == group)
    }

    @Test func groupsSurviveTheFileRoundTrip() throws {
        try StoreFixtures.withLibrary { store in
            var dialogue = StoreFixtures.dialogue("Lekplats")
            let id = dialogue.addTargetGroup(name: "Nyanlända", affected: .high, activity: .low, at: later)
            var group = dialogue.targetGroup(id: id)!
            group.hardToReach = true
            group.channels = ["SMS"]
            dialogue.updateTargetGroup(group, at: later)
            let stem = try store.create(dialogue)
            #expect(try store.load(stem).dialogue.planning.targetGroups == [group])
        }
    }

    @Test func aReachPlanNeedsBothChannelsAndMeasures() {
        let both = TargetGroup(
            id: "g4", name: "Barn", affected: .high, activity: .low, channels: ["SMS"], measures: ["förmöten"])
        let channelsOnly = TargetGroup(id: "g1", name: "Unga", affected: .high, activity: .low, channels: ["SMS"])
        #expect(both.hasReachPlan && !channelsOnly.hasReachPlan)
    }
}
