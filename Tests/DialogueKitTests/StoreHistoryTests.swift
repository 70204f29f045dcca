import Foundation
import Testing

@testable import DialogueKit

@Suite struct StoreHistoryTests {
    /// Creates "Parken" and saves it `count` times with purposes "1", "2", …; returns its stem.
    static func parkenSaved(_ count: Int, in store: DialogueStore) throws -> String {
        var dialogue = StoreFixtures.dialogue("Parken")
        let stem = try store.create(dialogue)
        for number in 0..<count {
            dialogue.purpose = "\(number + 1)"
            try store.save(dialogue, as: stem)
        }
        return stem
    }

    @Test func theLastTwentyVersionsAreKeptAndTheOldestPruned() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try Self.parkenSaved(25, in: store)
            #expect(try store.fileNames(in: ".backup/parken").count == BackupShelf.keptVersions)
            let history = try store.history(of: stem)
            #expect(history.count == BackupShelf.keptVersions + 1, "the current file and twenty before it")
            #expect(history.map { $0.dialogue?.purpose } == (5...25).reversed().map { "\($0)" })
            #expect(history.map(\.number) == Array(1...21))
            #expect(history.first?.path == "parken.json")
        }
    }

    @Test func anOldSingleBackupIsReadAsTheOldestVersion() throws {
        try StoreFixtures.withLibrary { store throws in
            var old = StoreFixtures.dialogue("Parken")
            old.purpose = "från en äldre Ting"
            let stem = try store.create(old)
            try FileManager.default.createDirectory(at: store.url(".backup"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: store.url("parken.json"), to: store.url(".backup/parken.json"))
            var dialogue = try store.load(stem).dialogue
            dialogue.purpose = "ny"
            try store.save(dialogue, as: stem)
            let history = try store.history(of: stem)
            #expect(history.map { $0.dialogue?.purpose } == ["ny", "från en äldre Ting", "från en äldre Ting"])
            #expect(history.last?.path == ".backup/parken.json")
            #expect(history[0].changes == ["ändrade syftet till \"ny\""])
            #expect(history.last?.changes == [], "nothing older to compare with")
        }
    }

    @Test func anOldSingleBackupIsPrunedLikeAnyOtherOnceTwentyAreNewer() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try Self.parkenSaved(0, in: store)
            try FileManager.default.createDirectory(at: store.url(".backup"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: store.url("parken.json"), to: store.url(".backup/parken.json"))
            var dialogue = try store.load(stem).dialogue
            for number in 1...20 {
                dialogue.purpose = "\(number)"
                try store.save(dialogue, as: stem)
            }
            #expect(try store.fileNames(in: ".backup") == ["parken"], "the old backup was the oldest of 21")
            #expect(try store.history(of: stem).count == 21)
        }
    }

    @Test func aFailedLinkRemovesNoBackupAndChangesNothing() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try Self.parkenSaved(0, in: store)
            try FileManager.default.createDirectory(at: store.url(".backup"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: store.url("parken.json"), to: store.url(".backup/parken.json"))
            // A plain file where the versions' folder should be: the link into it fails.
            try store.writeBehindItsBack(".backup/parken", "inte en mapp")
            let before = try store.bytes("parken.json")
            var dialogue = try store.load(stem).dialogue
            dialogue.purpose = "ändrat"
            #expect(throws: StoreError.self) { try store.save(dialogue, as: stem) }
            #expect(try store.bytes("parken.json") == before)
            #expect(try store.bytes(".backup/parken.json") == before, "the backup is still there")
            #expect(try store.fileNames().filter { $0.hasSuffix(".tmp") }.isEmpty)
        }
    }

    @Test func restoreMakesAnOldVersionCurrentAndKeepsTheCurrentOne() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try Self.parkenSaved(3, in: store)
            let restored = try store.restore(version: 3, of: stem, by: "Åsa", at: StoreFixtures.now)
            #expect(restored.dialogue?.purpose == "1")
            let current = try store.load(stem).dialogue
            #expect(current.purpose == "1")
            #expect(current.modifiedBy == "Åsa")
            let history = try store.history(of: stem)
            #expect(history.map { $0.dialogue?.purpose } == ["1", "3", "2", "1", ""])
            #expect(history[0].changes == ["ändrade syftet till \"1\""])
            #expect(history[0].author == "Åsa")
        }
    }

    @Test func restoreRefusesTheCurrentVersionAndOneThatIsNotThere() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try Self.parkenSaved(1, in: store)
            #expect(throws: StoreError.alreadyCurrent(stem: stem)) {
                try store.restore(version: 1, of: stem, by: "Åsa", at: StoreFixtures.now)
            }
            let error = #expect(throws: StoreError.self) {
                try store.restore(version: 7, of: stem, by: "Åsa", at: StoreFixtures.now)
            }
            #expect(error == .noSuchVersion(stem: stem, number: 7, count: 2))
            #expect(error?.description.contains("ting history parken") == true)
        }
    }

    @Test func aDamagedBackupIsListedWithItsReasonAndCannotBeRestored() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try Self.parkenSaved(1, in: store)
            let kept = try #require(try store.fileNames(in: ".backup/parken").first)
            try store.writeBehindItsBack(".backup/parken/\(kept)", "{")
            let history = try store.history(of: stem)
            #expect(history.count == 2)
            #expect(history[1].dialogue == nil)
            #expect(history[1].problem?.contains("går inte att läsa") == true)
            #expect(history[0].changes.isEmpty, "nothing readable to compare with")
            #expect(throws: StoreError.self) { try store.restore(version: 2, of: stem, by: "Åsa", at: .now) }
        }
    }

    @Test func restoreReplacesADamagedCurrentFileAndKeepsItAsAVersion() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try Self.parkenSaved(2, in: store)
            try store.writeBehindItsBack("parken.json", "{ trasig")
            var dialogue = StoreFixtures.dialogue("Parken")
            dialogue.purpose = "inte sparad"
            #expect(throws: StoreError.self) { try store.save(dialogue, as: stem) }
            let history = try store.history(of: stem)
            #expect(history[0].problem != nil)
            try store.restore(history[1], of: stem, by: "Åsa", at: StoreFixtures.now)
            #expect(try store.load(stem).dialogue.purpose == "1")
            let after = try store.history(of: stem)
            #expect(after.map { $0.dialogue?.purpose } == ["1", nil, "1", ""])
            #expect(store.listedTitles == ["Parken"])
        }
    }

    @Test func aRestoreGivesTheVersionItWroteSoAnotherWritersLaterChangeIsMergedNotLost() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try Self.parkenSaved(2, in: store)
            let restored = try store.restore(try store.history(of: stem)[1], of: stem, by: "Åsa", at: .now)
            let version = try #require(restored.version)
            // Another writer saves after the restore, before this one saves again.
            var theirs = try store.load(stem)
            theirs.dialogue.committee = "Kultur- och fritidsnämnden"
            _ = try store.save(theirs.dialogue, as: stem, over: try #require(theirs.version))
            var mine = restored.dialogue
            mine.administration = "Stadsbyggnadsförvaltningen"
            guard case .merged(let merged, _) = try store.save(mine, as: stem, over: version) else {
                Issue.record("a save over the restored version must see the other writer's change")
                return
            }
            #expect(merged.committee == "Kultur- och fritidsnämnden")
            #expect(merged.administration == "Stadsbyggnadsförvaltningen")
            #expect(merged.purpose == restored.dialogue.purpose)
        }
    }

    @Test func restoreNeverReplacesAFileOfANewerTing() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try Self.parkenSaved(2, in: store)
            var newer = StoreFixtures.dialogue("Parken")
            newer.schemaVersion = Dialogue.currentSchemaVersion + 1
            let bytes = try DialogueCoding.encodeDialogue(newer)
            try bytes.write(to: store.url("parken.json"))
            let history = try store.history(of: stem)
            #expect(throws: StoreError.newerSchema(fileName: "parken.json", schema: newer.schemaVersion)) {
                try store.restore(history[1], of: stem, by: "Åsa", at: StoreFixtures.now)
            }
            #expect(try store.bytes("parken.json") == bytes)
        }
    }

    @Test func theHistoryOfAMissingDialogueSaysSo() throws {
        try StoreFixtures.withLibrary { store throws in
            #expect(throws: StoreError.notFound(stem: "borta", folder: store.folder.path)) {
                try store.history(of: "borta")
            }
        }
    }
}
