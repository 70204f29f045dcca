import Foundation
import Testing

@testable import DialogueKit

/// Responses on disk: each one a `change` line in the inputs journal, merged field by field with other
/// writers' responses, read back by the fast reader and by Foundation alike.
@Suite struct StoreResponseJournalTests {
    private let now = StoreFixtures.now

    private func journal(_ store: DialogueStore) throws -> String {
        String(
            decoding: try Data(contentsOf: store.folder.appendingPathComponent("parken.inputs.jsonl")), as: UTF8.self)
    }

    /// A saved dialogue with two inputs, tagged "bänkar" and "ljus".
    private func started(_ store: DialogueStore) throws -> LoadedDialogue {
        var loaded = try store.createLoaded(StoreFixtures.dialogue("Parken"))
        try loaded.dialogue.addInput(text: "Fler bänkar", tags: ["bänkar"], by: "anna", at: now)
        try loaded.dialogue.addInput(text: "Mörkt på gångvägen", tags: ["ljus"], by: "anna", at: now)
        guard
            case .written(let version) = try store.save(
                loaded.dialogue, as: loaded.stem, over: #require(loaded.version))
        else {
            Issue.record("expected a plain write")
            return loaded
        }
        loaded.version = version
        return loaded
    }

    @Test func aResponseIsOneChangeLineAndReopensWhole() throws {
        try StoreFixtures.withLibrary { store in
            var loaded = try started(store)
            try loaded.dialogue.addDecision(
                body: "nämnden", date: LocalDate("2026-05-20"), paragraph: "§ 41", caseNumber: "KFN 2026/1",
                text: "Parken rustas.", by: "bo", at: now)
            let response = Response(
                status: .outsideQuestion, reason: "Gäller trafiken", forwardedTo: "Trafiknämnden", decisions: ["b1"])
            try loaded.dialogue.respond(toInput: "i2", with: response, by: "bo", at: now)
            _ = try store.save(loaded.dialogue, as: loaded.stem, over: #require(loaded.version))
            let lines = try journal(store).split(separator: "\n")
            #expect(lines.count == 3)
            #expect(lines[2].contains(#""change":"i2""#) && lines[2].contains(#""response":{"#))
            let reopened = try store.load("parken").dialogue
            #expect(reopened.input("i2")?.response == loaded.dialogue.input("i2")?.response)
            #expect(reopened.input("i2")?.response?.forwardedTo == "Trafiknämnden")
            #expect(reopened.decision(id: "b1")?.paragraph == "§ 41")
            // Clearing it is a line setting it to null.
            var again = try store.load("parken")
            try again.dialogue.respond(toInput: "i2", with: nil, by: "bo", at: now)
            _ = try store.save(again.dialogue, as: again.stem, over: #require(again.version))
            #expect(try journal(store).split(separator: "\n").last?.contains(#""response":null"#) == true)
            #expect(try store.load("parken").dialogue.input("i2")?.response == nil)
        }
    }

    @Test func twoWritersAnsweringDifferentInputsBothLand() throws {
        try StoreFixtures.withLibrary { store in
            let start = try started(store)
            var mine = start
            var theirs = start
            try theirs.dialogue.respond(toInput: "i1", with: Response(status: .implemented), by: "anna", at: now)
            _ = try store.save(theirs.dialogue, as: "parken", over: #require(theirs.version))
            try mine.dialogue.respond(toInput: "i2", with: Response(status: .considered), by: "bo", at: now)
            guard
                case .merged(let merged, _) = try store.save(mine.dialogue, as: "parken", over: #require(mine.version))
            else {
                Issue.record("expected a merge")
                return
            }
            #expect(merged.input("i1")?.response?.status == .implemented)
            #expect(merged.input("i2")?.response?.status == .considered)
            let reopened = try store.load("parken").dialogue
            #expect(reopened.input("i1")?.response?.lastChange?.by == "anna")
            #expect(reopened.input("i2")?.response?.lastChange?.by == "bo")
        }
    }

    @Test func oneInputAnsweredTwoWaysIsAConflictWithBothValues() throws {
        try StoreFixtures.withLibrary { store in
            let start = try started(store)
            var mine = start
            var theirs = start
            try theirs.dialogue.respond(toInput: "i1", with: Response(status: .implemented), by: "anna", at: now)
            _ = try store.save(theirs.dialogue, as: "parken", over: #require(theirs.version))
            let before = try journal(store)
            try mine.dialogue.respond(
                toInput: "i1", with: Response(status: .notRelevant, reason: "Ingen plats"), by: "bo", at: now)
            guard
                case .conflicted(let conflict) = try store.save(
                    mine.dialogue, as: "parken", over: #require(mine.version))
            else {
                Issue.record("expected a conflict")
                return
            }
            #expect(
                conflict.places == [
                    #"anna sparade svaret "genomförs" på inspelet i1 ("Fler bänkar") medan du sparade "ej aktuellt: Ingen plats"."#
                ])
            #expect(try journal(store) == before)
            #expect(conflict.keepingTheirs.input("i1")?.response?.status == .implemented)
            _ = try store.save(conflict.keepingMine, as: "parken", over: conflict.current)
            #expect(try store.load("parken").dialogue.input("i1")?.response?.status == .notRelevant)
        }
    }

    @Test func theSameAnswerFromTwoWritersIsNoConflict() throws {
        try StoreFixtures.withLibrary { store in
            let start = try started(store)
            var mine = start
            var theirs = start
            try theirs.dialogue.respond(toInput: "i1", with: Response(status: .implemented), by: "anna", at: now)
            _ = try store.save(theirs.dialogue, as: "parken", over: #require(theirs.version))
            try mine.dialogue.respond(
                toInput: "i1", with: Response(status: .implemented), by: "bo", at: now.addingTimeInterval(5))
            let outcome = try store.save(mine.dialogue, as: "parken", over: #require(mine.version))
            if case .conflicted = outcome { Issue.record("the same answer twice conflicted") }
            #expect(try store.load("parken").dialogue.input("i1")?.response?.status == .implemented)
        }
    }

    @Test func aTornResponseLineIsSetAsideAndTheAnswersBeforeItStay() throws {
        try StoreFixtures.withLibrary { store in
            var loaded = try started(store)
            try loaded.dialogue.respond(toInput: "i1", with: Response(status: .implemented), by: "bo", at: now)
            _ = try store.save(loaded.dialogue, as: loaded.stem, over: #require(loaded.version))
            let handle = try FileHandle(forWritingTo: store.folder.appendingPathComponent("parken.inputs.jsonl"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(#"{"change":"i2","set":{"response":{"status":"beak"#.utf8))
            try handle.close()
            var reopened = try store.load("parken")
            #expect(reopened.dialogue.input("i1")?.response?.status == .implemented)
            #expect(reopened.dialogue.input("i2")?.response == nil)
            try reopened.dialogue.respond(toInput: "i2", with: Response(status: .considered), by: "bo", at: now)
            _ = try store.save(reopened.dialogue, as: reopened.stem, over: #require(reopened.version))
            let dialogue = try store.load("parken").dialogue
            #expect(dialogue.input("i1")?.response?.status == .implemented)
            #expect(dialogue.input("i2")?.response?.status == .considered)
        }
    }
}
