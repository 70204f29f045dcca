import Foundation
import Testing

@testable import DialogueKit

/// An index that lies about a file it still describes by stamp: nothing that makes no sense is
/// trusted, the file is read again instead.
@Suite struct LibraryIndexTamperingTests {
    /// Rewrites one field of parken's line in the index, keeping its stamp.
    private func tamper(_ store: DialogueStore, field: Int, with value: String) throws {
        try LibraryIndexTests.settle(store)
        let text = String(decoding: try store.bytes(LibraryIndex.fileName), as: UTF8.self)
        let lines = text.split(separator: "\n").map { line -> String in
            guard line.hasPrefix("D\tparken\t") else { return String(line) }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            fields[field] = value
            return fields.joined(separator: "\t")
        }
        try store.writeBehindItsBack(LibraryIndex.fileName, lines.joined(separator: "\n") + "\n")
    }

    @Test(arguments: [
        (11, "9223372036854775807"), (12, "9223372036854775807"), (11, "-5"), (12, "-1"), (11, "99"),
        (12, "5000000"), (14, "\(Double.nan.bitPattern)"), (14, "\(Double.infinity.bitPattern)"),
        (14, "\((1e300).bitPattern)"), (15, "2"), (16, "1"), (16, "-1"), (16, "planning:2026-01-01:0"),
        (7, String(repeating: "x", count: 9_000)), (2, "-1"),
    ])
    func anImplausibleEntryIsNotTrusted(field: Int, value: String) throws {
        try StoreFixtures.withLibrary { store throws in
            let dialogue = StoreFixtures.dialogue("Parken")
            _ = try store.create(dialogue)
            try tamper(store, field: field, with: value)
            let listed = try #require(store.list().first)
            guard case .dialogue(let summary) = listed else {
                Issue.record("parken is listed as damaged")
                return
            }
            #expect(summary.title == "Parken")
            #expect(summary.progress == dialogue.progress)
            #expect(summary.progress.percent == dialogue.progress.percent)
        }
    }

    @Test func aTrustedEntryIsStillUsed() throws {
        try StoreFixtures.withLibrary { store throws in
            _ = try store.create(StoreFixtures.dialogue("Parken"))
            try tamper(store, field: 7, with: "Från indexet")
            #expect(store.listedTitles == ["Från indexet"], "the harness must change a trusted entry")
        }
    }

    @Test func aTitleOfAMillionCombiningMarksKeepsTheIndexSmall() throws {
        try StoreFixtures.withLibrary { store throws in
            let title = "Park" + String(repeating: "\u{301}", count: 1_000_000)
            _ = try store.create(StoreFixtures.dialogue(title))
            let listed = try #require(store.list().first)
            #expect(listed.title.unicodeScalars.count <= DialogueSummary.maximumTextLength * 8 + 1)
            #expect(try store.bytes(LibraryIndex.fileName).count < 2_000)
        }
    }

    @Test(arguments: [
        (Int.max, Int.max, 100), (Int.max / 2, Int.max, 49), (-5, 10, 0), (50, 10, 100), (3, -1, 100), (1, 3, 33),
        (0, 0, 100),
    ])
    func percentNeverTraps(done: Int, total: Int, percent: Int) {
        #expect(ChecklistProgress(done: done, total: total).percent == percent)
    }

    /// A file dated after 2262 (or long before 1970) trapped on overflow in its stamp.
    @Test(arguments: ["2400-01-01T00:00:00Z", "1000-01-01T00:00:00Z"])
    func aFileDatedOutsideWhatNanosecondsCountIsListed(date: String) throws {
        try StoreFixtures.withLibrary { store throws in
            _ = try store.create(StoreFixtures.dialogue("Parken"))
            try store.setModified("parken.json", to: try #require(ISO8601DateFormatter().date(from: date)))
            #expect(store.listedTitles == ["Parken"])
            #expect(store.listedTitles == ["Parken"], "again, from the index")
        }
    }

    @Test func stampArithmeticSaturates() {
        #expect(FileStamp.nanoseconds(seconds: 13_000_000_000, nanoseconds: 5) == .max)
        #expect(FileStamp.nanoseconds(seconds: -13_000_000_000, nanoseconds: 5) == .min)
        #expect(FileStamp.nanoseconds(seconds: 2, nanoseconds: 5) == 2_000_000_005)
        let stamp = FileStamp(size: 1, modified: .max, changed: .max, inode: 1)
        #expect(
            !LibraryIndexEntry(
                stamp: stamp, checkedAt: .min,
                entry: .damaged(
                    DamagedFile(
                        fileName: "x.json", place: nil, reason: "x"))
            ).describes(stamp))
    }
}
