import Foundation
import Testing

@testable import DialogueKit

@Suite struct StoreRoundTripTests {
    /// A dialogue with Swedish letters, a slash, a control character and an escape sequence in its text.
    static func filledDialogue() throws -> Dialogue {
        var dialogue = StoreFixtures.dialogue("Ängen vid Åsbo/Öster")
        dialogue.question = "Hur ska ängen användas? Svar: \"ja\" eller nej"
        dialogue.caseNumber = "KS 2025/123"
        try dialogue.apply(.answer(.yes), to: "beslut.paverka", by: "Åsa", at: StoreFixtures.now)
        try dialogue.apply(.response("resonemang"), to: "beslut.niva", by: "Åsa", at: StoreFixtures.now)
        try dialogue.apply(
            .response("Rad ett\nrad två\u{1}med styrtecken och \u{1b}[31mfärg"), to: "planering.fraga",
            by: "Örjan",
            at: StoreFixtures.now)
        try dialogue.apply(
            .date(LocalDate("2025-05-20")), to: "planering.start", by: "Örjan", at: StoreFixtures.now)
        try dialogue.apply(.done(true), to: "genomforande.mote", by: "Åsa", at: StoreFixtures.now)
        return dialogue
    }

    @Test func createThenLoadGivesBackTheSameDialogue() throws {
        let dialogue = try Self.filledDialogue()
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(dialogue)
            #expect(stem == "angen-vid-asbo-oster")
            let loaded = try store.load(stem)
            #expect(loaded.dialogue == dialogue)
            #expect(loaded.stem == stem)
            #expect(!loaded.isReadOnly)
            #expect(loaded.readOnlyReason == nil)
        }
    }

    @Test func theFileIsReadableJSON() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(try Self.filledDialogue())
            let text = String(decoding: try store.bytes("\(stem).json"), as: UTF8.self)
            #expect(text.contains("\"title\" : \"Ängen vid Åsbo/Öster\""))
            #expect(text.contains("\"caseNumber\" : \"KS 2025/123\""))
            #expect(text.contains("\"schemaVersion\" : 1"))
            #expect(text.contains("\"createdAt\" : \"2025-03-01T09:30:00Z\""))
            #expect(text.contains("\\u0001"), "control characters are escaped")
            #expect(!text.contains("\\/"), "slashes are written as they are")
            #expect(text.hasSuffix("}\n"))
            let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
                $0.split(separator: "\"")[1]
            }
            #expect(keys == keys.sorted(), "top-level keys are sorted")
        }
    }

    @Test func saveThenLoadGivesBackTheChange() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(StoreFixtures.dialogue("Parken"))
            var dialogue = try store.load(stem).dialogue
            try dialogue.apply(.answer(.no), to: "beslut.paverka", by: "Åsa", at: StoreFixtures.now)
            try store.save(dialogue, as: stem)
            #expect(try store.load(stem).dialogue.item("beslut.paverka")?.answer == .no)
        }
    }

    @Test func everySaveKeepsThePreviousVersionAsBackup() throws {
        try StoreFixtures.withLibrary { store throws in
            var dialogue = StoreFixtures.dialogue("Parken")
            let stem = try store.create(dialogue)
            #expect(!FileManager.default.fileExists(atPath: store.url(".backup").path))
            let created = try store.bytes("parken.json")
            dialogue.purpose = "Första"
            try store.save(dialogue, as: stem)
            let first = try store.bytes("parken.json")
            dialogue.purpose = "Andra"
            try store.save(dialogue, as: stem)
            let kept = try store.fileNames(in: ".backup/parken")
            #expect(kept.count == 2)
            #expect(try kept.map { try store.bytes(".backup/parken/\($0)") } == [created, first], "oldest first")
            #expect(try store.load(stem).dialogue.purpose == "Andra")
        }
    }

    @Test func saveKeepsThePermissionsOfTheFile() throws {
        try StoreFixtures.withLibrary { store throws in
            let dialogue = StoreFixtures.dialogue("Hemlig")
            let stem = try store.create(dialogue)
            let path = store.url("hemlig.json").path
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            try store.save(dialogue, as: stem)
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test func datesWithFractionsOrOffsetsWrittenByHandAreRead() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(StoreFixtures.dialogue("Parken"))
            let text = String(decoding: try store.bytes("parken.json"), as: UTF8.self)
                .replacingOccurrences(
                    of: "\"createdAt\" : \"2025-03-01T09:30:00Z\"",
                    with: "\"createdAt\" : \"2025-03-01T10:30:00.250+01:00\"")
            try store.writeBehindItsBack("parken.json", text)
            let created = try store.load(stem).dialogue.createdAt
            #expect(created == StoreFixtures.now.addingTimeInterval(0.25))
        }
    }

    @Test func saveRefusesADialogueOfANewerSchema() throws {
        try StoreFixtures.withLibrary { store throws in
            var dialogue = StoreFixtures.dialogue("Parken")
            dialogue.schemaVersion = Dialogue.currentSchemaVersion + 1
            #expect(throws: StoreError.newerSchema(fileName: "parken.json", schema: dialogue.schemaVersion)) {
                try store.save(dialogue, as: "parken")
            }
            #expect(throws: StoreError.self) { try store.create(dialogue) }
            #expect(try store.fileNames().filter { !$0.hasPrefix(".") }.isEmpty)
        }
    }

    @Test func loadingAMissingDialogueSaysWhereItLooked() throws {
        try StoreFixtures.withLibrary { store throws in
            let error = #expect(throws: StoreError.self) { try store.load("finns-inte") }
            #expect(error == .notFound(stem: "finns-inte", folder: store.folder.path))
            #expect(error?.description.contains("finns-inte.json") == true)
            #expect(error?.description.contains("ting list") == true)
        }
    }

    @Test func theStoreCreatesItsFolder() throws {
        let folder = FileManager.default.temporaryDirectory
            .appending(path: "ting-store-tests-\(UUID().uuidString)/a/b", directoryHint: .isDirectory)
        defer {
            try? FileManager.default.removeItem(
                at: folder.deletingLastPathComponent().deletingLastPathComponent())
        }
        let store = try DialogueStore(folder: folder)
        var isFolder: ObjCBool = false
        #expect(
            FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue)
        #expect(store.list().isEmpty)
    }

    @Test func aFolderThatIsAFileIsAClearError() throws {
        let file = FileManager.default.temporaryDirectory.appending(
            path: "ting-store-tests-\(UUID().uuidString)")
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = #expect(throws: StoreError.self) { try DialogueStore(folder: file) }
        #expect(error?.description.contains(file.path) == true)
        #expect(error?.description.contains("--dir") == true)
    }
}
