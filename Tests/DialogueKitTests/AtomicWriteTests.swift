import Foundation
import Testing

@testable import DialogueKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct AtomicWriteTests {
    /// What a save killed between writing its temp file and renaming it leaves behind.
    static let leftoverTemp = ".parken.json.4242-17.tmp"

    @Test func aKillBetweenTempWriteAndRenameLeavesTheOldFile() throws {
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(StoreFixtures.dialogue("Parken"))
            let before = try store.bytes("parken.json")
            try store.writeBehindItsBack(Self.leftoverTemp, "{\n  \"title\" : \"Halvskri")

            #expect(store.listedTitles == ["Parken"])
            #expect(try store.load(stem).dialogue.title == "Parken")
            #expect(try store.bytes("parken.json") == before)
            #expect(
                try store.fileNames().contains(Self.leftoverTemp), "a fresh temp file may still be in use")
        }
    }

    @Test func aTempFileOlderThanAMinuteIsCleanedUp() throws {
        try StoreFixtures.withLibrary { store throws in
            _ = try store.create(StoreFixtures.dialogue("Parken"))
            try store.writeBehindItsBack(Self.leftoverTemp, "{")
            try store.setModified(Self.leftoverTemp, to: Date().addingTimeInterval(-120))
            #expect(store.listedTitles == ["Parken"])
            #expect(try !store.fileNames().contains(Self.leftoverTemp))
        }
    }

    @Test func aFullDiskLeavesTheOldFileAndSaysSo() throws {
        let diskIsFull: AtomicWriter.WriteFunction = { file, bytes in
            if bytes.count > 100 {
                errno = ENOSPC
                return -1
            }
            return write(file, bytes.baseAddress, bytes.count)
        }
        try StoreFixtures.withLibrary { store throws in
            let stem = try store.create(StoreFixtures.dialogue("Parken"))
            let before = try store.bytes("parken.json")
            let failing = try DialogueStore(folder: store.folder, writeBytes: diskIsFull)
            var changed = StoreFixtures.dialogue("Parken")
            changed.purpose = String(repeating: "Mycket text. ", count: 100)
            let error = #expect(throws: StoreError.self) { try failing.save(changed, as: stem) }
            #expect(error == .writeFailed(fileName: "parken.json", failure: OSFailure(code: ENOSPC)))
            #expect(error?.description.contains("parken.json") == true)
            #expect(error?.description.contains("disken är full") == true)
            #expect(error?.description.contains("förra versionen är orörd") == true)
            #expect(throws: StoreError.self) { try failing.create(changed) }
            #expect(try store.bytes("parken.json") == before)
            #expect(try store.fileNames().filter { $0.hasSuffix(".tmp") }.isEmpty, "no temp file is left")
            #expect(store.listedTitles == ["Parken"])
        }
    }

    @Test func aShortWriteIsCompletedNotTruncated() throws {
        let oneByteAtATime: AtomicWriter.WriteFunction = { file, bytes in
            write(file, bytes.baseAddress, min(bytes.count, 1))
        }
        try StoreFixtures.withLibrary(writeBytes: oneByteAtATime) { store throws in
            let dialogue = try StoreRoundTripTests.filledDialogue()
            let stem = try store.create(dialogue)
            #expect(try store.load(stem).dialogue == dialogue)
        }
    }
}
