import Foundation
import Testing

@testable import DialogueKit

/// Nothing leaves the library: a link under it (the backup or trash folder, a dialogue file) is
/// refused with a clear message and never followed.
@Suite struct StoreLinkTests {
    /// A folder outside the library, with one file in it, removed afterwards.
    private func withOutside(_ body: (URL) throws -> Void) throws {
        let outside = FileManager.default.temporaryDirectory.appending(path: "ting-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("utanför\n".utf8).write(to: outside.appending(path: "parken.json"))
        try body(outside)
    }

    private func link(_ name: String, in store: DialogueStore, to target: URL) throws {
        try FileManager.default.createSymbolicLink(at: store.url(name), withDestinationURL: target)
    }

    @Test func aBackupFolderThatIsALinkIsRefused() throws {
        try withOutside { outside in
            try StoreFixtures.withLibrary { store throws in
                var dialogue = StoreFixtures.dialogue("Parken")
                let stem = try store.create(dialogue)
                try link(DialogueStore.backupFolder, in: store, to: outside)
                dialogue.title = "Ändrad"
                #expect {
                    try store.save(dialogue, as: stem)
                } throws: { error in
                    guard case .writeFailed(_, let failure) = error as? StoreError else { return false }
                    return failure.code == ELOOP && "\(error)".contains("symbolisk länk")
                }
                #expect(try Data(contentsOf: outside.appending(path: "parken.json")) == Data("utanför\n".utf8))
                #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["parken.json"])
                #expect(try store.load(stem).dialogue.title == "Parken")
            }
        }
    }

    @Test func aTrashFolderThatIsALinkIsRefused() throws {
        try withOutside { outside in
            try StoreFixtures.withLibrary { store throws in
                let stem = try store.create(StoreFixtures.dialogue("Parken"))
                try link(DialogueStore.trashFolder, in: store, to: outside)
                #expect {
                    try store.trash(stem)
                } throws: { error in
                    guard case .trashFailed(_, let failure) = error as? StoreError else { return false }
                    return failure.code == ELOOP
                }
                #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["parken.json"])
                #expect(store.listedTitles == ["Parken"])
            }
        }
    }

    @Test func aDialogueFileThatIsALinkIsListedAsDamagedAndNeverWrittenThrough() throws {
        try withOutside { outside in
            try StoreFixtures.withLibrary { store throws in
                let source = StoreFixtures.dialogue("Utanför")
                try DialogueCoding.encodeDialogue(source).write(to: outside.appending(path: "parken.json"))
                try link("parken.json", in: store, to: outside.appending(path: "parken.json"))
                let damaged = try #require(store.listedDamaged.first)
                #expect(damaged.reason.contains("symbolisk länk"), "\(damaged.reason)")
                #expect(throws: StoreError.self) { try store.save(source, as: "parken") }
                #expect(throws: StoreError.self) { try store.load("parken") }
                #expect(try store.bytes("parken.json") == (try DialogueCoding.encodeDialogue(source)))
                let attributes = try FileManager.default.attributesOfItem(atPath: store.url("parken.json").path)
                #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
            }
        }
    }
}
