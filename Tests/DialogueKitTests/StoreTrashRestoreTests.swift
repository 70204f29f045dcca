import Foundation
import Testing

@testable import DialogueKit

@Suite struct StoreTrashRestoreTests {
    @Test func theTrashListsNameTimeAndTitleNewestFirst() throws {
        try StoreFixtures.withLibrary { store throws in
            try store.trash(try store.create(StoreFixtures.dialogue("Parken")))
            try store.writeBehindItsBack(".trash/angen-20240101T120000Z.json", "{")
            let trashed = try store.trashed()
            #expect(trashed.map(\.originalStem) == ["parken", "angen"])
            #expect(trashed.map(\.title) == ["Parken", nil], "an unreadable file has no title")
            #expect(trashed[1].name == "angen-20240101T120000Z")
            #expect(trashed[1].deletedAt == Date(timeIntervalSince1970: 1_704_110_400))
            #expect(abs(trashed[0].deletedAt.timeIntervalSinceNow) < 60)
        }
    }

    @Test func anEmptyTrashListsNothing() throws {
        try StoreFixtures.withLibrary { store throws in
            #expect(try store.trashed().isEmpty)
        }
    }

    @Test func restoreFromTrashPutsTheFileBackUnderItsStem() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(StoreFixtures.dialogue("Parken"))
            let bytes = try store.bytes("parken.json")
            try store.trash(stem)
            #expect(try store.restoreFromTrash("parken") == "parken")
            #expect(try store.bytes("parken.json") == bytes)
            #expect(try store.fileNames(in: ".trash").isEmpty)
            #expect(store.listedTitles == ["Parken"])
        }
    }

    @Test func restoreFromTrashTakesAFreeNumberedStemWhenTheOldOneIsTaken() throws {
        try StoreFixtures.withLibrary { store throws in
            try store.trash(try store.create(StoreFixtures.dialogue("Parken")))
            var newer = StoreFixtures.dialogue("Parken")
            newer.purpose = "den nya"
            _ = try store.create(newer)
            let name = try #require(try store.trashed().first?.name)
            #expect(try store.restoreFromTrash(name) == "parken-2")
            #expect(try store.load("parken").dialogue.purpose == "den nya", "the newer file is untouched")
            #expect(try store.load("parken-2").dialogue.purpose == "")
        }
    }

    @Test func anOriginalStemTrashedTwiceMustBeNamedExactly() throws {
        try StoreFixtures.withLibrary { store throws in
            for _ in 0..<2 { try store.trash(try store.create(StoreFixtures.dialogue("Parken"))) }
            let names = try store.trashed().map(\.name)
            let error = #expect(throws: StoreError.self) { try store.restoreFromTrash("parken") }
            #expect(error == .ambiguousInTrash(query: "parken", candidates: names))
            #expect(throws: StoreError.notInTrash(query: "angen", available: names)) {
                try store.restoreFromTrash("angen")
            }
            #expect(throws: StoreError.invalidName("../x")) { try store.restoreFromTrash("../x") }
        }
    }
}
