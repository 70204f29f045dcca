import Foundation
import Testing

@testable import DialogueKit

@Suite struct StoreTrashTests {
    @Test func trashMovesTheFileIntoTheTrashFolder() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(StoreFixtures.dialogue("Parken"))
            _ = try store.create(StoreFixtures.dialogue("Ängen"))
            let bytes = try store.bytes("parken.json")
            try store.trash(stem)
            #expect(store.listedTitles == ["Ängen"])
            #expect(throws: StoreError.notFound(stem: stem, folder: store.folder.path)) {
                try store.load(stem)
            }
            let trashed = try store.fileNames(in: ".trash")
            #expect(trashed.count == 1)
            let name = try #require(trashed.first)
            #expect(name.wholeMatch(of: /parken-\d{8}T\d{6}Z\.json/) != nil, "\(name)")
            #expect(try store.bytes(".trash/\(name)") == bytes)
        }
    }

    @Test func trashingTheSameStemTwiceKeepsBoth() throws {
        try StoreFixtures.withLibrary { store throws in
            for title in ["Parken", "Parken"] {
                let stem = try store.create(StoreFixtures.dialogue(title))
                try store.trash(stem)
            }
            #expect(try store.fileNames(in: ".trash").count == 2)
        }
    }

    @Test func aDamagedFileCanBeTrashed() throws {
        try StoreFixtures.withLibrary { store throws in
            try store.writeBehindItsBack("trasig.json", "{")
            try store.trash("trasig")
            #expect(store.list().isEmpty)
            #expect(try store.fileNames(in: ".trash").count == 1)
        }
    }

    @Test func trashingAMissingFileSaysSo() throws {
        try StoreFixtures.withLibrary { store throws in
            #expect(throws: StoreError.notFound(stem: "borta", folder: store.folder.path)) {
                try store.trash("borta")
            }
        }
    }
}
