import Foundation
import Testing

@testable import DialogueKit

/// People, responsibility and assignment of checklist items.
@Suite struct PlanningPeopleTests {
    private let later = StoreFixtures.now.addingTimeInterval(60)

    @Test func addedPeopleGetIncreasingIdsAndModifiedAtMoves() {
        var dialogue = StoreFixtures.dialogue("Parken")
        let first = dialogue.addPerson(name: "Anna Berg", role: .official, at: later)
        let second = dialogue.addPerson(name: "Örjan Ek", role: .elected, at: later)
        #expect([first, second] == ["p1", "p2"])
        #expect(dialogue.person(id: "p2")?.role == .elected)
        #expect(dialogue.modifiedAt == later)
    }

    @Test func updatingAPersonKeepsTheIdAndAnUnknownIdIsRefused() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let id = dialogue.addPerson(name: "Anna", role: .official, at: later)
        var anna = try #require(dialogue.person(id: id))
        anna.contact = "anna@kommun.se"
        anna.participation = "Öppnar mötet i Råå"
        let changed1 = dialogue.updatePerson(anna, at: later)
        #expect(changed1)
        #expect(dialogue.person(id: id)?.contact == "anna@kommun.se")
        let changed2 = dialogue.updatePerson(Person(id: "p9", name: "X", role: .other), at: later)
        #expect(!changed2)
    }

    @Test func assigningRecordsTheChangeAndRemovingThePersonClearsIt() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let id = dialogue.addPerson(name: "Anna", role: .official, at: StoreFixtures.now)
        try dialogue.assign(itemID: "planering.fraga", to: id, by: "Åsa", at: later)
        try dialogue.assign(itemID: "genomforande.mote", to: id, by: "Åsa", at: later)
        #expect(dialogue.item("planering.fraga")?.assignee == id)
        #expect(dialogue.item("planering.fraga")?.lastChange == ItemChange(by: "Åsa", at: later))
        let changed3 = dialogue.removePerson(id: id, at: later)
        #expect(changed3)
        #expect(dialogue.planning.people.isEmpty)
        #expect(dialogue.allItems.allSatisfy { $0.assignee == nil })
        let changed4 = dialogue.removePerson(id: id, at: later)
        #expect(!changed4)
    }

    @Test func assigningToAnUnknownPersonOrItemIsRefused() {
        var dialogue = StoreFixtures.dialogue("Parken")
        #expect(throws: DialogueError.noSuchPerson("p1")) {
            try dialogue.assign(itemID: "planering.fraga", to: "p1", by: "Åsa", at: later)
        }
        #expect(throws: DialogueError.noSuchItem("finns.inte")) {
            try dialogue.assign(itemID: "finns.inte", to: nil, by: "Åsa", at: later)
        }
        #expect(dialogue.modifiedAt == StoreFixtures.now)
    }

    @Test func idsAreNotReusedWhileTheHighestIsPresent() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        dialogue.addPerson(name: "A", role: .other, at: later)
        dialogue.addPerson(name: "B", role: .other, at: later)
        let changed5 = dialogue.removePerson(id: "p1", at: later)
        #expect(changed5)
        #expect(dialogue.addPerson(name: "C", role: .other, at: later) == "p3")
    }

    @Test func peopleResponsibilityAndAssignmentSurviveTheStore() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        let id = dialogue.addPerson(name: "Åsa Öberg", role: .elected, at: later)
        dialogue.setResponsibility(
            Responsibility(
                questionOwner: "Kultur- och fritidsnämnden", dialogueResponsible: "Åsa",
                facilitation: .external),
            at: later)
        try dialogue.assign(itemID: "planering.start", to: id, by: "Åsa", at: later)
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(dialogue)
            let loaded = try store.load(stem).dialogue
            #expect(loaded == dialogue)
            #expect(loaded.planning.responsibility.facilitation == .external)
            #expect(loaded.item("planering.start")?.assignee == id)
        }
    }
}
