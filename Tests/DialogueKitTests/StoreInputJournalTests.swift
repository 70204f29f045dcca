import Foundation
import Testing

@testable import DialogueKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Inputs on disk: an append-only journal beside the dialogue file, caught up with and merged field by
/// field under the write lock, torn and damaged lines handled without losing anything.
@Suite struct StoreInputJournalTests {
    private let now = StoreFixtures.now

    private func text(_ store: DialogueStore, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: store.folder.appendingPathComponent(name)), as: UTF8.self)
    }

    /// Captures `text` into the loaded dialogue and saves it over its version; returns the outcome.
    private func capture(
        _ text: String, into loaded: inout LoadedDialogue, store: DialogueStore, by actor: String = "anna"
    )
        throws -> SaveOutcome
    {
        try loaded.dialogue.addInput(text: text, by: actor, at: now)
        let outcome = try store.save(loaded.dialogue, as: loaded.stem, over: #require(loaded.version))
        switch outcome {
        case .written(let version): loaded.version = version
        case .merged(let dialogue, let version): (loaded.dialogue, loaded.version) = (dialogue, version)
        case .conflicted: break
        }
        return outcome
    }

    @Test func inputsAreAppendedOneLineEachAndTheDialogueFileOnlyPointsToThem() throws {
        try StoreFixtures.withLibrary { store in
            var loaded = try store.createLoaded(StoreFixtures.dialogue("Parken"))
            _ = try capture("Fler bänkar vid dammen", into: &loaded, store: store)
            let fileAfterFirst = try text(store, "parken.json")
            let stampAfterFirst = store.changeMark(of: "parken")
            _ = try capture("Mörkt på gångvägen", into: &loaded, store: store)
            let journal = try text(store, "parken.inputs.jsonl")
            #expect(journal.split(separator: "\n").count == 2)
            #expect(journal.hasSuffix("\n") && journal.contains(#""text":"Mörkt på gångvägen""#))
            #expect(fileAfterFirst.contains(#""inputJournal" : "parken.inputs.jsonl""#))
            #expect(!fileAfterFirst.contains("Fler bänkar"))
            // The second capture did not rewrite the dialogue file.
            #expect(try text(store, "parken.json") == fileAfterFirst)
            #expect(store.changeMark(of: "parken") != stampAfterFirst)
            let reopened = try store.load("parken")
            #expect(reopened.dialogue.inputs.map(\.text) == ["Fler bänkar vid dammen", "Mörkt på gångvägen"])
            #expect(reopened.dialogue.inputs == loaded.dialogue.inputs)
            #expect(reopened.dialogue.modifiedBy == "anna")
        }
    }

    @Test func twoWritersCapturingAtOnceKeepEveryInputWithFreshIds() throws {
        try StoreFixtures.withLibrary { store in
            let created = try store.createLoaded(StoreFixtures.dialogue("Parken"))
            var mine = created
            var theirs = created
            _ = try capture("Anna: bänkar", into: &theirs, store: store)
            let outcome = try capture("Bo: belysning", into: &mine, store: store, by: "bo")
            guard case .merged(let merged, _) = outcome else {
                Issue.record("expected a merge, got \(outcome)")
                return
            }
            #expect(merged.inputs.map(\.id) == ["i1", "i2"])
            #expect(merged.inputs.map(\.text) == ["Anna: bänkar", "Bo: belysning"])
            #expect(try store.load("parken").dialogue.inputs.map(\.text) == ["Anna: bänkar", "Bo: belysning"])
        }
    }

    @Test func differentFieldsMergeAndTheSameFieldIsAConflictWithBothValues() throws {
        try StoreFixtures.withLibrary { store in
            var start = try store.createLoaded(StoreFixtures.dialogue("Parken"))
            _ = try capture("Fler bänkar", into: &start, store: store)
            var mine = start
            var theirs = start
            try theirs.dialogue.setCategory("forslag", ofInput: "i1", by: "anna", at: now)
            try theirs.dialogue.addTag("bänkar", toInputs: ["i1"], by: "anna", at: now)
            _ = try store.save(theirs.dialogue, as: "parken", over: #require(theirs.version))
            try mine.dialogue.addTag("parken", toInputs: ["i1"], by: "bo", at: now)
            guard
                case .merged(let merged, let version) = try store.save(
                    mine.dialogue, as: "parken", over: #require(mine.version))
            else {
                Issue.record("expected a merge")
                return
            }
            #expect(merged.input("i1")?.category == "forslag")
            #expect(merged.input("i1")?.tags == ["bänkar", "parken"])
            mine.dialogue = merged
            mine.version = version
            try mine.dialogue.setCategory("teman", ofInput: "i1", by: "bo", at: now)
            theirs = try store.load("parken")
            try theirs.dialogue.setCategory("behov", ofInput: "i1", by: "anna", at: now)
            _ = try store.save(theirs.dialogue, as: "parken", over: #require(theirs.version))
            let journalBefore = try text(store, "parken.inputs.jsonl")
            guard
                case .conflicted(let conflict) = try store.save(
                    mine.dialogue, as: "parken", over: #require(mine.version))
            else {
                Issue.record("expected a conflict")
                return
            }
            #expect(
                conflict.places == [
                    #"anna sparade kategorin "behov" på inspelet i1 ("Fler bänkar") medan du sparade "teman"."#
                ])
            #expect(conflict.keepingMine.input("i1")?.category == "teman")
            #expect(conflict.keepingTheirs.input("i1")?.category == "behov")
            #expect(try text(store, "parken.inputs.jsonl") == journalBefore)
            _ = try store.save(conflict.keepingMine, as: "parken", over: conflict.current)
            #expect(try store.load("parken").dialogue.input("i1")?.category == "teman")
        }
    }

    @Test func aTornLastLineIsSetAsideAndNothingBeforeItIsLost() throws {
        try StoreFixtures.withLibrary { store in
            var loaded = try store.createLoaded(StoreFixtures.dialogue("Parken"))
            _ = try capture("Första", into: &loaded, store: store)
            let journal = store.folder.appendingPathComponent("parken.inputs.jsonl")
            let handle = try FileHandle(forWritingTo: journal)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(#"{"add":{"id":"i2","text":"Halv"#.utf8))
            try handle.close()
            var reopened = try store.load("parken")
            #expect(reopened.dialogue.inputs.map(\.text) == ["Första"])
            _ = try capture("Andra", into: &reopened, store: store)
            let lines = try text(store, "parken.inputs.jsonl").split(separator: "\n")
            #expect(lines.count == 2 && lines[1].contains("Andra"))
            let shelf = store.folder.appendingPathComponent(".backup/parken")
            let torn = try FileManager.default.contentsOfDirectory(atPath: shelf.path).filter {
                $0.hasSuffix(".torn.jsonl")
            }
            #expect(torn.count == 1)
            #expect(try store.load("parken").dialogue.inputs.map(\.text) == ["Första", "Andra"])
        }
    }

    @Test func aFullDiskMidAppendLeavesNoPartOfTheBatchInTheJournal() throws {
        // Writes 64 bytes at a time until what is left fits in 64, then the disk is full: most of the batch
        // would be on disk, as after a real ENOSPC in the middle of an import.
        let fullAtTheEnd: AtomicWriter.WriteFunction = { file, bytes in
            guard bytes.count > 64 else {
                errno = ENOSPC
                return -1
            }
            return write(file, bytes.baseAddress, 64)
        }
        try StoreFixtures.withLibrary { store in
            var loaded = try store.createLoaded(StoreFixtures.dialogue("Parken"))
            _ = try capture("Första", into: &loaded, store: store)
            let before = try store.bytes("parken.inputs.jsonl")
            let failing = try DialogueStore(folder: store.folder, writeBytes: fullAtTheEnd)
            var batch = loaded.dialogue
            for number in 1...20 { try batch.addInput(text: "Svar nummer \(number) från enkäten", by: "anna", at: now) }
            let error = #expect(throws: StoreError.self) {
                try failing.save(batch, as: loaded.stem, over: #require(loaded.version))
            }
            #expect(error == .writeFailed(fileName: "parken.inputs.jsonl", failure: OSFailure(code: ENOSPC)))
            #expect(try store.bytes("parken.inputs.jsonl") == before, "the journal is cut back to before the batch")
            #expect(try store.load("parken").dialogue.inputs.map(\.text) == ["Första"])
            // The same batch saves whole once the disk has room.
            let outcome = try store.save(batch, as: loaded.stem, over: #require(loaded.version))
            guard case .written = outcome else {
                Issue.record("expected a plain write, got \(outcome)")
                return
            }
            #expect(try store.load("parken").dialogue.inputs.count == 21)
        }
    }

    @Test func aDamagedLineIsReportedWithItsPlaceAndTheJournalIsNeverRewritten() throws {
        try StoreFixtures.withLibrary { store in
            var loaded = try store.createLoaded(StoreFixtures.dialogue("Parken"))
            _ = try capture("Första", into: &loaded, store: store)
            _ = try capture("Andra", into: &loaded, store: store)
            let journal = store.folder.appendingPathComponent("parken.inputs.jsonl")
            var lines = try text(store, "parken.inputs.jsonl").split(separator: "\n").map(String.init)
            lines[0] = lines[0].replacingOccurrences(of: #""text":"Första""#, with: #""text":Första"#)
            let broken = lines.joined(separator: "\n") + "\n"
            try Data(broken.utf8).write(to: journal)
            #expect(throws: StoreError.self) { try store.load("parken") }
            do throws(StoreError) {
                _ = try store.load("parken")
            } catch {
                guard case .damaged(let file) = error else { throw error }
                #expect(file.fileName == "parken.inputs.jsonl")
                #expect(file.place?.hasPrefix("rad 1, kolumn") == true)
            }
            try loaded.dialogue.addInput(text: "Tredje", by: "anna", at: now)
            #expect(throws: StoreError.self) {
                try store.save(loaded.dialogue, as: "parken", over: #require(loaded.version))
            }
            #expect(try text(store, "parken.inputs.jsonl") == broken)
        }
    }

    @Test func trashAndRestoreMoveTheJournalWithTheDialogue() throws {
        try StoreFixtures.withLibrary { store in
            var loaded = try store.createLoaded(StoreFixtures.dialogue("Parken"))
            _ = try capture("Bänkar", into: &loaded, store: store)
            try store.trash("parken")
            #expect(
                !FileManager.default.fileExists(atPath: store.folder.appendingPathComponent("parken.inputs.jsonl").path)
            )
            _ = try store.createLoaded(StoreFixtures.dialogue("Parken"))
            let stem = try store.restoreFromTrash("parken")
            #expect(stem == "parken-2")
            #expect(try store.load(stem).dialogue.inputs.map(\.text) == ["Bänkar"])
            #expect(try store.load("parken").dialogue.inputs.isEmpty)
        }
    }

    @Test func restoringAnOlderVersionKeepsEveryInput() throws {
        try StoreFixtures.withLibrary { store in
            var loaded = try store.createLoaded(StoreFixtures.dialogue("Parken"))
            _ = try capture("Bänkar", into: &loaded, store: store)
            loaded.dialogue.question = "Hur ska parken bli?"
            guard
                case .written(let version) = try store.save(
                    loaded.dialogue, as: "parken", over: #require(loaded.version))
            else { return }
            loaded.version = version
            _ = try capture("Belysning", into: &loaded, store: store)
            let restored = try store.restore(version: 3, of: "parken", by: "anna", at: now)
            #expect(restored.dialogue?.question == "")
            let reopened = try store.load("parken")
            #expect(reopened.dialogue.question == "")
            #expect(reopened.dialogue.inputs.map(\.text) == ["Bänkar", "Belysning"])
        }
    }

    @Test func purgedContactsLeaveNoCopyInBackupsOrHistory() throws {
        try StoreFixtures.withLibrary { store in
            var loaded = try store.createLoaded(StoreFixtures.dialogue("Parken"))
            try loaded.dialogue.addContact(
                name: "Eva Ek", contact: "eva@example.se", consent: true, purpose: "Återkoppling",
                retainUntil: #require(LocalDate("2025-03-01")), by: "anna", at: now)
            guard case .written(let v1) = try store.save(loaded.dialogue, as: "parken", over: #require(loaded.version))
            else { return }
            #expect(try store.load("parken").dialogue.contacts.map(\.name) == ["Eva Ek"])
            loaded.version = v1
            loaded.dialogue.question = "Hur?"
            let day = try #require(LocalDate("2025-03-02"))
            loaded.dialogue.purgeContacts(pastRetentionOn: day, by: "anna", at: now)
            _ = try store.save(loaded.dialogue, as: "parken", over: v1)
            #expect(try store.load("parken").dialogue.contacts.isEmpty)
            let everything = try FileManager.default.subpathsOfDirectory(atPath: store.folder.path).compactMap {
                try? String(contentsOf: store.folder.appendingPathComponent($0), encoding: .utf8)
            }
            #expect(!everything.contains { $0.contains("Eva Ek") })
        }
    }

    @Test func undoTakesBackATagAndACaptureWithoutDeletingAnything() throws {
        var dialogue = StoreFixtures.dialogue("Parken")
        try dialogue.addInput(text: "Bänkar", by: "anna", at: now)
        let beforeTag = dialogue
        try dialogue.addTag("parken", toInputs: ["i1"], by: "anna", at: now)
        let afterTag = dialogue
        try dialogue.addInput(text: "Belysning", by: "bo", at: now)
        let undone = try #require(dialogue.applying(changeFrom: afterTag, to: beforeTag))
        #expect(undone.input("i1")?.tags == [] && undone.input("i2")?.text == "Belysning")
        let captureUndone = try #require(undone.applying(changeFrom: afterTag, to: beforeTag.withoutInput("i2")))
        #expect(captureUndone.inputs.count == 2)
    }
}

extension Dialogue {
    /// This dialogue without one input in memory (what an undone capture gives).
    fileprivate func withoutInput(_ id: String) -> Dialogue {
        var copy = self
        copy.inputs.removeAll { $0.id == id }
        return copy
    }
}

/// The library lists a dialogue whose journal cannot be read as damaged, with the journal's line.
@Suite struct StoreJournalListingTests {
    @Test func aDamagedJournalIsListedWithItsPlaceAndHealthyOnesAreNot() throws {
        try StoreFixtures.withLibrary { store in
            var loaded = try store.createLoaded(StoreFixtures.dialogue("Parken"))
            try loaded.dialogue.addInput(text: "Bänkar", by: "anna", at: StoreFixtures.now)
            _ = try store.save(loaded.dialogue, as: "parken", over: #require(loaded.version))
            _ = try store.create(StoreFixtures.dialogue("Torget"))
            #expect(store.list().allSatisfy { if case .dialogue = $0 { true } else { false } })
            let journal = store.folder.appendingPathComponent("parken.inputs.jsonl")
            let handle = try FileHandle(forWritingTo: journal)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("{\"change\":\"i9\",\"set\":{\"category\":null}}\n".utf8))
            try handle.close()
            let entries = store.list()
            let damaged = entries.compactMap { if case .damaged(let file) = $0 { file } else { nil } }
            #expect(damaged.map(\.fileName) == ["parken.inputs.jsonl"])
            #expect(damaged.first?.place == "rad 2" && damaged.first?.stem == "parken")
            #expect(entries.count == 2)
        }
    }
}
