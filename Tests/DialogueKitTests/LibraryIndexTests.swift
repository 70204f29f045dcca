import Foundation
import Testing

@testable import DialogueKit

@Suite struct LibraryIndexTests {
    /// The index as the store wrote it.
    static func index(of store: DialogueStore) throws -> LibraryIndex {
        LibraryIndex.read(from: try FolderHandle(store.folder))
    }

    /// Makes the index trust every entry, as it will once the files' times are safely in the past.
    static func settle(_ store: DialogueStore) throws {
        _ = store.list()
        var index = try Self.index(of: store)
        for (stem, entry) in index.entries {
            index.entries[stem]?.checkedAt = entry.stamp.latestChange + LibraryIndexEntry.timeGranularity + 1
        }
        index.write(to: try FolderHandle(store.folder))
    }

    /// Rewrites parken.json with another title, as an editor would.
    static func retitleParken(_ store: DialogueStore, to title: String) throws {
        let text = String(decoding: try store.bytes("parken.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"title\" : \"Parken\"", with: "\"title\" : \"\(title)\"")
        try store.writeBehindItsBack("parken.json", text)
    }

    @Test func listUsesTheIndexForFilesThatHaveNotChanged() throws {
        try StoreFixtures.withLibrary { store throws in
            _ = try store.create(StoreFixtures.dialogue("Parken"))
            try Self.settle(store)
            var index = try Self.index(of: store)
            index.entries["parken"]?.summary?.title = "Ur indexet"
            index.write(to: try FolderHandle(store.folder))
            #expect(store.listedTitles == ["Ur indexet"], "an unchanged file is not decoded again")
        }
    }

    @Test func anExternalEditIsSeen() throws {
        try StoreFixtures.withLibrary { store throws in
            _ = try store.create(StoreFixtures.dialogue("Parken"))
            try Self.settle(store)
            #expect(store.listedTitles == ["Parken"])
            try Self.retitleParken(store, to: "Lekparken")
            try store.setModified("parken.json", to: Date().addingTimeInterval(-1800))
            #expect(store.listedTitles == ["Lekparken"])
            #expect(try Self.index(of: store).entries["parken"]?.summary?.title == "Lekparken")
        }
    }

    @Test func anEditThatKeepsSizeAndModificationTimeIsSeen() throws {
        try StoreFixtures.withLibrary { store throws in
            _ = try store.create(StoreFixtures.dialogue("Parken"))
            let old = Date().addingTimeInterval(-3600)
            try store.setModified("parken.json", to: old)
            try Self.settle(store)
            #expect(store.listedTitles == ["Parken"])
            try Self.retitleParken(store, to: "Marken")
            try store.setModified("parken.json", to: old)
            #expect(store.listedTitles == ["Marken"])
        }
    }

    @Test func aFileChangedJustNowIsCheckedAgainUntilItsTimeIsSafelyPast() throws {
        try StoreFixtures.withLibrary { store throws in
            _ = try store.create(StoreFixtures.dialogue("Parken"))
            let recent = try #require(try Self.index(of: store).entries["parken"])
            #expect(!recent.describes(recent.stamp), "a stamp from this very moment is not trusted yet")
            var settled = recent
            settled.checkedAt = recent.stamp.latestChange + LibraryIndexEntry.timeGranularity + 1
            #expect(settled.describes(recent.stamp))
            var other = recent.stamp
            other.inode += 1
            #expect(!settled.describes(other))
        }
    }

    @Test func saveCreateAndTrashUpdateTheIndexDirectly() throws {
        try StoreFixtures.withLibrary { store throws in
            var dialogue = StoreFixtures.dialogue("Parken")
            let stem = try store.create(dialogue)
            #expect(try Self.index(of: store).entries[StemKey(stem)]?.summary?.title == "Parken")
            dialogue.title = "Stadsparken"
            try dialogue.apply(.answer(.no), to: "beslut.paverka", by: "Åsa", at: StoreFixtures.now)
            try store.save(dialogue, as: stem)
            let summary = try #require(try Self.index(of: store).entries[StemKey(stem)]?.summary)
            #expect(summary.title == "Stadsparken")
            #expect(summary.gate == .stopped)
            #expect(summary.progress == dialogue.progress)
            #expect(summary.currentPhase == .decision)
            try store.trash(stem)
            #expect(try Self.index(of: store).entries.isEmpty)
        }
    }

    @Test func aDeletedFileVanishes() throws {
        try StoreFixtures.withLibrary { store throws in
            _ = try store.create(StoreFixtures.dialogue("Parken"))
            _ = try store.create(StoreFixtures.dialogue("Ängen"))
            #expect(store.listedTitles == ["Parken", "Ängen"])
            try FileManager.default.removeItem(at: store.url("parken.json"))
            #expect(store.listedTitles == ["Ängen"])
            #expect(try Self.index(of: store).entries.keys.sorted() == ["angen"])
        }
    }

    @Test(arguments: [
        "", "{ trasig", "ting-index 1", "ting-index 1 1\nD\tparken\t12",
        "ting-index 1 1\nQ\tparken\t1\t2\t3\t4\t5",
        "ting-index 1 1\nX\tparken\t1\t2\t3\t-4\t5\tparken.json\t\tskadad",
    ])
    func aDamagedIndexIsRebuilt(index text: String) throws {
        try StoreFixtures.withLibrary { store throws in
            _ = try store.create(StoreFixtures.dialogue("Parken"))
            try store.writeBehindItsBack(LibraryIndex.fileName, text)
            #expect(store.listedTitles == ["Parken"])
            #expect(try Self.index(of: store).entries.keys.sorted() == ["parken"])
        }
    }

    @Test func anIndexFromAnotherFormatIsRebuilt() throws {
        try StoreFixtures.withLibrary { store throws in
            _ = try store.create(StoreFixtures.dialogue("Parken"))
            try Self.settle(store)
            var index = try Self.index(of: store)
            index.entries["parken"]?.summary?.title = "Gammalt format"
            index.format = LibraryIndex.currentFormat + 1
            index.write(to: try FolderHandle(store.folder))
            #expect(store.listedTitles == ["Parken"])
        }
    }

    @Test func listSortsTitlesTheSwedishWay() throws {
        try StoreFixtures.withLibrary { store throws in
            for title in ["Örnen", "Äpplet", "Åsen", "Zebran", "apan", "Banan", "Éclair", "Ödet", "Aa"] {
                _ = try store.create(StoreFixtures.dialogue(title))
            }
            #expect(
                store.listedTitles == [
                    "Aa", "apan", "Banan", "Éclair", "Zebran", "Åsen", "Äpplet", "Ödet", "Örnen",
                ])
        }
    }

    @Test func decomposedLettersAndEqualTitlesSortToo() throws {
        try StoreFixtures.withLibrary { store throws in
            for title in ["O\u{308}ver", "A\u{30A}n", "Zoo", "Park", "Park"] {
                _ = try store.create(StoreFixtures.dialogue(title))
            }
            #expect(store.list().map(\.stem) == ["park", "park-2", "zoo", "an", "over"])
        }
    }

    @Test func listIgnoresHiddenFilesFoldersAndOtherFiles() throws {
        try StoreFixtures.withLibrary { store throws in
            var dialogue = StoreFixtures.dialogue("Parken")
            let stem = try store.create(dialogue)
            dialogue.purpose = "Ändrad"
            try store.save(dialogue, as: stem)
            try store.writeBehindItsBack("anteckningar.txt", "hej")
            try store.writeBehindItsBack(".dold.json", "{")
            try FileManager.default.createDirectory(
                at: store.url("mapp.json"), withIntermediateDirectories: false)
            #expect(store.listedTitles == ["Parken"])
        }
    }
}
