import Foundation
import Testing

@testable import DialogueKit

/// Adding, changing, reordering and removing goals and activities, and keeping them through a save.
@Suite struct PlanningGoalsTests {
    private let later = StoreFixtures.now.addingTimeInterval(60)

    @Test func addGivesDeterministicIDsAndSetsModified() {
        var dialogue = StoreFixtures.dialogue("Mål")
        let first = dialogue.addGoal(kind: .overarching, at: later)
        #expect(first == "m1")
        let second = dialogue.addGoal(kind: .result, at: later)
        #expect(second == "m2")
        #expect(dialogue.planning.goals.map(\.kind) == [.overarching, .result])
        #expect(dialogue.modifiedAt == later)
        _ = dialogue.removeGoal(id: "m1", at: later)
        let third = dialogue.addGoal(kind: .process, at: later)
        #expect(third == "m3", "the highest id is not reused")
    }

    @Test func updateReplacesOnlyAnExistingGoal() {
        var dialogue = StoreFixtures.dialogue("Mål")
        let id = dialogue.addGoal(kind: .process, at: StoreFixtures.now)
        var goal = dialogue.planning.goals[0]
        goal.goal = "Minst hälften av deltagarna är under 18 år"
        goal.fulfilled = .partly
        let updated = dialogue.updateGoal(goal, at: later)
        #expect(updated)
        #expect(dialogue.planning.goals == [goal])
        #expect(dialogue.modifiedAt == later)
        let updatedMissing = dialogue.updateGoal(Goal(id: "m9", kind: .result), at: later)
        #expect(!updatedMissing)
        #expect(dialogue.planning.goals.map(\.id) == [id])
    }

    @Test func moveStopsAtTheEndsWithoutChangingAnything() {
        var dialogue = StoreFixtures.dialogue("Mål")
        for kind in GoalKind.allCases { dialogue.addGoal(kind: kind, at: StoreFixtures.now) }
        let movedUp = dialogue.moveGoal(id: "m3", by: -1, at: later)
        #expect(movedUp == 1)
        #expect(dialogue.planning.goals.map(\.id) == ["m1", "m3", "m2", "m4"])
        #expect(dialogue.modifiedAt == later)
        let untouched = dialogue.modifiedAt
        let atBottom = dialogue.moveGoal(id: "m4", by: 1, at: later.addingTimeInterval(60))
        #expect(atBottom == 3)
        #expect(dialogue.modifiedAt == untouched)
        let atTop = dialogue.moveGoal(id: "m1", by: -5, at: later)
        #expect(atTop == 0)
        let missing = dialogue.moveGoal(id: "saknas", by: 1, at: later)
        #expect(missing == nil)
    }

    @Test func removeDeletesOnlyThatGoal() {
        var dialogue = StoreFixtures.dialogue("Mål")
        dialogue.addGoal(kind: .overarching, at: StoreFixtures.now)
        dialogue.addGoal(kind: .resource, at: StoreFixtures.now)
        let removed = dialogue.removeGoal(id: "m1", at: later)
        #expect(removed)
        #expect(dialogue.planning.goals.map(\.id) == ["m2"])
        let removedAgain = dialogue.removeGoal(id: "m1", at: later)
        #expect(!removedAgain)
    }

    @Test func activitiesAreAddedChangedAndRemoved() {
        var dialogue = StoreFixtures.dialogue("Möten")
        let id = dialogue.addActivity(title: "Dialogmöte", at: later)
        #expect(id == "a1")
        var activity = dialogue.planning.activities[0]
        activity.date = LocalDate("2025-05-20")
        activity.expectedParticipants = 30
        let updated = dialogue.updateActivity(activity, at: later)
        #expect(updated)
        #expect(dialogue.planning.activities == [activity])
        let removed = dialogue.removeActivity(id: "a1", at: later)
        #expect(removed)
        #expect(dialogue.planning.activities.isEmpty)
        let removedAgain = dialogue.removeActivity(id: "a1", at: later)
        #expect(!removedAgain)
    }

    @Test func goalsActivitiesAndDatesSurviveSaveAndLoad() throws {
        var dialogue = StoreFixtures.dialogue("Ängen vid Åsbo")
        let id = dialogue.addGoal(kind: .result, at: later)
        var goal = dialogue.planning.goals[0]
        goal.goal = "Förslag från barn och unga\nfinns med i beslutet"
        goal.indicators = "Antal förslag"
        goal.dataCollection = "Enkät"
        goal.outcome = "12 förslag"
        goal.fulfilled = .yes
        dialogue.updateGoal(goal, at: later)
        dialogue.addGoal(kind: .overarching, at: later)
        _ = dialogue.moveGoal(id: id, by: 1, at: later)
        let activityID = dialogue.addActivity(title: "Möte på Åsbo skola", at: later)
        dialogue.updateActivity(
            Activity(
                id: activityID, title: "Möte på Åsbo skola", date: LocalDate("2025-05-21"), time: "18.00–20.00",
                place: "Matsalen", method: "Workshop", expectedParticipants: 40, accessibility: "Hörslinga"),
            at: later)
        try dialogue.apply(.date(LocalDate("2025-05-20")), to: "planering.start", by: "Åsa", at: later)
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(dialogue)
            let loaded = try store.load(stem)
            #expect(loaded.dialogue == dialogue)
            #expect(loaded.dialogue.planning.goals.map(\.id) == ["m2", "m1"])
            #expect(loaded.dialogue.schedule(of: .implementation).start == LocalDate("2025-05-20"))
        }
    }
}
