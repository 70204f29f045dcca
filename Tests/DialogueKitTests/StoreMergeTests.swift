import Foundation
import Testing

@testable import DialogueKit

/// Two writers of one dialogue: each loads it, changes it and saves over the version it loaded.
/// Changes to different things are merged; the same value changed two ways is a conflict that
/// writes nothing and says both values in words.
struct StoreMergeTests {
    private let later = StoreFixtures.now.addingTimeInterval(60)

    /// A library with one dialogue, loaded twice as two writers would; `body` gets the store, the
    /// stem and both loads.
    private func twoWriters(
        _ body: (DialogueStore, String, LoadedDialogue, LoadedDialogue) throws -> Void
    ) throws {
        try StoreFixtures.withLibrary { store in
            let stem = try store.create(StoreFixtures.dialogue("Lekplats"))
            try body(store, stem, try store.load(stem), try store.load(stem))
        }
    }

    private func save(_ dialogue: Dialogue, over loaded: LoadedDialogue, in store: DialogueStore) throws
        -> SaveOutcome
    {
        try store.save(dialogue, as: loaded.stem, over: #require(loaded.version))
    }

    @Test func aSaveOverTheLoadedVersionIsWrittenAsItIs() throws {
        try twoWriters { store, stem, mine, _ in
            var dialogue = mine.dialogue
            try dialogue.apply(.answer(.yes), to: "beslut.paverka", by: "eva", at: later)
            guard case .written(let version) = try save(dialogue, over: mine, in: store) else {
                Issue.record("expected a plain write")
                return
            }
            #expect(version.base == dialogue)
            #expect(try store.load(stem).dialogue == dialogue)
        }
    }

    @Test func changesToDifferentItemsAreBothKept() throws {
        try twoWriters { store, stem, mine, theirs in
            var their = theirs.dialogue
            try their.apply(.done(true), to: "genomforande.mote", by: "anna", at: later)
            _ = try save(their, over: theirs, in: store)
            var my = mine.dialogue
            try my.apply(.response("Var ska lekplatsen ligga?"), to: "planering.fraga", by: "eva", at: later)
            guard case .merged(let merged, let version) = try save(my, over: mine, in: store) else {
                Issue.record("expected a merge")
                return
            }
            let onDisk = try store.load(stem).dialogue
            #expect(onDisk == merged)
            #expect(version.base == merged)
            #expect(onDisk.item("genomforande.mote")?.done == true)
            #expect(onDisk.item("planering.fraga")?.response == "Var ska lekplatsen ligga?")
            #expect(onDisk.item("planering.fraga")?.lastChange?.by == "eva")
        }
    }

    @Test func theSameItemChangedTwoWaysIsAConflictThatWritesNothing() throws {
        try twoWriters { store, stem, mine, theirs in
            var their = theirs.dialogue
            try their.apply(.answer(.no), to: "beslut.paverka", by: "anna", at: later)
            _ = try save(their, over: theirs, in: store)
            let before = try store.bytes("\(stem).json")
            var my = mine.dialogue
            try my.apply(.answer(.yes), to: "beslut.paverka", by: "eva", at: later)
            try my.apply(.done(true), to: "genomforande.mote", by: "eva", at: later)
            guard case .conflicted(let conflict) = try save(my, over: mine, in: store) else {
                Issue.record("expected a conflict")
                return
            }
            #expect(try store.bytes("\(stem).json") == before)
            #expect(conflict.places == [#"anna sparade "nej" på "Kan invånarna påverka?" medan du sparade "ja"."#])
            #expect(conflict.keepingMine.item("beslut.paverka")?.answer == .yes)
            #expect(conflict.keepingTheirs.item("beslut.paverka")?.answer == GateAnswer.no)
            // My change that did not collide is in both choices.
            #expect(conflict.keepingMine.item("genomforande.mote")?.done == true)
            #expect(conflict.keepingTheirs.item("genomforande.mote")?.done == true)

            guard case .written = try store.save(conflict.keepingMine, as: stem, over: conflict.current) else {
                Issue.record("the choice should be written over the current file")
                return
            }
            #expect(try store.load(stem).dialogue.item("beslut.paverka")?.answer == .yes)
        }
    }

    @Test func additionsOnBothSidesAreBothKeptUnderDifferentIDs() throws {
        try twoWriters { store, stem, mine, theirs in
            var their = theirs.dialogue
            let theirPerson = their.addPerson(name: "Anna Berg", role: .official, at: later)
            _ = try save(their, over: theirs, in: store)
            var my = mine.dialogue
            let myPerson = my.addPerson(name: "Eva Lind", role: .elected, at: later)
            try my.assign(itemID: "genomforande.mote", to: myPerson, by: "eva", at: later)
            #expect(myPerson == theirPerson)
            guard case .merged(let merged, _) = try save(my, over: mine, in: store) else {
                Issue.record("expected a merge")
                return
            }
            #expect(merged.planning.people.map(\.name) == ["Anna Berg", "Eva Lind"])
            let eva = try #require(merged.planning.people.first { $0.name == "Eva Lind" })
            #expect(eva.id != theirPerson)
            #expect(merged.item("genomforande.mote")?.assignee == eva.id)
            #expect(try store.load(stem).dialogue == merged)
        }
    }

    @Test func planningEditsOnDifferentIDsMergeAndTheSameFieldConflicts() throws {
        try StoreFixtures.withLibrary { store in
            var start = StoreFixtures.dialogue("Mål")
            let first = start.addGoal(kind: .overarching, at: later)
            let second = start.addGoal(kind: .process, at: later)
            let stem = try store.create(start)
            let mine = try store.load(stem)
            let theirs = try store.load(stem)

            var their = theirs.dialogue
            var goal = try #require(their.planning.goals.first { $0.id == first })
            goal.goal = "Fler unga deltar"
            their.updateGoal(goal, at: later)
            _ = try save(their, over: theirs, in: store)

            var my = mine.dialogue
            var other = try #require(my.planning.goals.first { $0.id == second })
            other.goal = "Alla stadsdelar hörs"
            my.updateGoal(other, at: later)
            guard case .merged(let merged, let version) = try save(my, over: mine, in: store) else {
                Issue.record("expected a merge")
                return
            }
            #expect(merged.planning.goals.map(\.goal) == ["Fler unga deltar", "Alla stadsdelar hörs"])

            var again = merged
            var same = try #require(again.planning.goals.first { $0.id == first })
            same.goal = "Fler äldre deltar"
            again.updateGoal(same, at: later)
            var theirsAgain = try store.load(stem)
            var theirGoal = try #require(theirsAgain.dialogue.planning.goals.first { $0.id == first })
            theirGoal.goal = "Fler barn deltar"
            theirsAgain.dialogue.updateGoal(theirGoal, at: later)
            _ = try save(theirsAgain.dialogue, over: theirsAgain, in: store)
            guard case .conflicted(let conflict) = try store.save(again, as: stem, over: version) else {
                Issue.record("expected a conflict")
                return
            }
            #expect(
                conflict.places == [
                    #"någon annan sparade "Fler barn deltar" på målet "Fler unga deltar" medan du sparade "Fler äldre deltar"."#
                ])
        }
    }

    @Test func aRemovalOnOneSideAndAnEditOnTheOtherIsAConflict() throws {
        try StoreFixtures.withLibrary { store in
            var start = StoreFixtures.dialogue("Risker")
            let risk = start.addRisk("Få kommer", at: later)
            let stem = try store.create(start)
            let mine = try store.load(stem)
            let theirs = try store.load(stem)
            var their = theirs.dialogue
            their.removeRisk(id: risk, at: later)
            _ = try save(their, over: theirs, in: store)
            var my = mine.dialogue
            var changed = try #require(my.planning.risks.first)
            changed.mitigation = "Bjud in via skolan"
            my.updateRisk(changed, at: later)
            guard case .conflicted(let conflict) = try save(my, over: mine, in: store) else {
                Issue.record("expected a conflict")
                return
            }
            #expect(conflict.places == [#"någon annan tog bort risken "Få kommer" medan du ändrade den."#])
            #expect(conflict.keepingMine.planning.risks.map(\.mitigation) == ["Bjud in via skolan"])
            #expect(conflict.keepingTheirs.planning.risks.isEmpty)
        }
    }

    @Test func keysThisTingDoesNotKnowSurviveASave() throws {
        try StoreFixtures.withLibrary { store in
            let stem = try store.create(StoreFixtures.dialogue("Nyare"))
            var text = String(decoding: try store.bytes("\(stem).json"), as: UTF8.self)
            text = text.replacingOccurrences(
                of: #""id" : "beslut.paverka","#,
                with: #""id" : "beslut.paverka", "futureNote" : {"by" : "ting 9"},"#)
            text = text.replacingOccurrences(of: #""about" :"#, with: #""futureInputs" : [1, 2, 3], "about" :"#)
            try store.writeBehindItsBack("\(stem).json", text)

            var loaded = try store.load(stem)
            for answer in [GateAnswer.yes, .no] {
                var dialogue = loaded.dialogue
                try dialogue.apply(.answer(answer), to: "beslut.paverka", by: "eva", at: later)
                guard case .written(let version) = try save(dialogue, over: loaded, in: store) else {
                    Issue.record("expected a plain write")
                    return
                }
                loaded.dialogue = dialogue
                loaded.version = version
                let saved = try JSONSerialization.jsonObject(with: try store.bytes("\(stem).json")) as? [String: Any]
                #expect(saved?["futureInputs"] as? [Int] == [1, 2, 3])
                let phases = saved?["phases"] as? [[String: Any]]
                let items = phases?.first?["items"] as? [[String: Any]]
                #expect((items?.first?["futureNote"] as? [String: String]) == ["by": "ting 9"])
                #expect(items?.first?["answer"] as? String == answer.rawValue)
            }
        }
    }

    @Test func aFileFromBeforePlanningExistedTakesAPlanningEdit() throws {
        try StoreFixtures.withLibrary { store in
            let stem = try store.create(StoreFixtures.dialogue("Äldre"))
            var json = try #require(
                try JSONSerialization.jsonObject(with: try store.bytes("\(stem).json")) as? [String: Any])
            json["planning"] = nil
            json["roles"] = nil
            try JSONSerialization.data(withJSONObject: json).write(to: store.url("\(stem).json"))
            let loaded = try store.load(stem)
            var dialogue = loaded.dialogue
            dialogue.addGoal(kind: .result, at: later)
            guard case .written = try save(dialogue, over: loaded, in: store) else {
                Issue.record("expected a plain write")
                return
            }
            #expect(try store.load(stem).dialogue == dialogue)
        }
    }

    @Test func aFileRemovedMeanwhileIsNotWrittenAgain() throws {
        try twoWriters { store, stem, mine, _ in
            try store.trash(stem)
            #expect(throws: StoreError.vanished(fileName: "\(stem).json")) {
                try save(mine.dialogue, over: mine, in: store)
            }
            #expect(!FileManager.default.fileExists(atPath: store.url("\(stem).json").path))
        }
    }

    @Test func aFileTouchedButNotChangedIsWrittenWithoutAMerge() throws {
        try twoWriters { store, stem, mine, _ in
            try store.setModified("\(stem).json", to: later)
            var dialogue = mine.dialogue
            try dialogue.apply(.done(true), to: "genomforande.mote", by: "eva", at: later)
            guard case .written = try save(dialogue, over: mine, in: store) else {
                Issue.record("expected a plain write")
                return
            }
        }
    }
}

extension StoreMergeTests {
    @Test func anAssigneeConflictNamesThePeople() throws {
        try StoreFixtures.withLibrary { store in
            var start = StoreFixtures.dialogue("Ansvar")
            let anna = start.addPerson(name: "Anna Berg", role: .official, at: StoreFixtures.now)
            let eva = start.addPerson(name: "Eva Lind", role: .elected, at: StoreFixtures.now)
            let stem = try store.create(start)
            let mine = try store.load(stem)
            var theirs = try store.load(stem)
            try theirs.dialogue.assign(itemID: "genomforande.mote", to: anna, by: "anna", at: StoreFixtures.now)
            _ = try store.save(theirs.dialogue, as: stem, over: #require(theirs.version))
            var dialogue = mine.dialogue
            try dialogue.assign(itemID: "genomforande.mote", to: eva, by: "eva", at: StoreFixtures.now)
            guard case .conflicted(let conflict) = try store.save(dialogue, as: stem, over: #require(mine.version))
            else {
                Issue.record("expected a conflict")
                return
            }
            #expect(
                conflict.places == [
                    #"anna sparade ansvarig "Anna Berg" på punkten "Håll mötet" medan du sparade "Eva Lind"."#
                ])
        }
    }
}
