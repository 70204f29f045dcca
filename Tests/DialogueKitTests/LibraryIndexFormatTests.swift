import Foundation
import Testing

@testable import DialogueKit

@Suite struct LibraryIndexFormatTests {
    static func sampleIndex() -> LibraryIndex {
        var index = LibraryIndex()
        let summary = DialogueSummary(
            stem: "parken", title: "Tab\there, ny\nrad, \\ och \r, Åäö \u{1b}[31m", templateID: "helsingborg",
            templateName: "Helsingborg – invånardialog", currentPhase: .feedback,
            progress: ChecklistProgress(done: 7, total: 42),
            gate: .stopped, modifiedAt: Date(timeIntervalSinceReferenceDate: 762_000_123.456_789),
            isReadOnly: true)
        let stamp = FileStamp(size: 47_023, modified: 1_700_000_000_123_456_789, changed: -5, inode: .max)
        index.entries["parken"] = LibraryIndexEntry(
            stamp: stamp, checkedAt: 1_700_000_009_000_000_000, entry: .dialogue(summary))
        let damaged = DamagedFile(
            fileName: "trasig.json", place: "rad 2, kolumn 3", problem: "ogiltig JSON", fix: "rätta den")
        index.entries["trasig"] = LibraryIndexEntry(stamp: stamp, checkedAt: 0, entry: .damaged(damaged))
        let placeless = DamagedFile(
            fileName: "tom.json", place: nil, problem: "filen är tom", fix: "rätta den")
        index.entries["tom"] = LibraryIndexEntry(stamp: stamp, checkedAt: 1, entry: .damaged(placeless))
        return index
    }

    @Test func anIndexSurvivesTheRoundTripExactly() throws {
        let index = Self.sampleIndex()
        let decoded = try #require(LibraryIndexFormat.decode(LibraryIndexFormat.encode(index)))
        #expect(decoded == index)
    }

    @Test func everyEntryIsOneLine() {
        let text = String(decoding: LibraryIndexFormat.encode(Self.sampleIndex()), as: UTF8.self)
        #expect(text.split(separator: "\n").count == 4)
        #expect(text.hasPrefix("ting-index \(LibraryIndex.currentFormat) \(Dialogue.currentSchemaVersion)\n"))
    }

    @Test(arguments: [
        "ting-index 1 1\nD\tparken\t99999999999999999999\t2\t3\t4\t5",
        "ting-index x 1\n",
        "index 1 1\n",
    ])
    func brokenIndexesAreRejected(text: String) {
        #expect(LibraryIndexFormat.decode(Data(text.utf8)) == nil)
    }

    @Test func anEmptyIndexIsValid() throws {
        let decoded = try #require(LibraryIndexFormat.decode(LibraryIndexFormat.encode(LibraryIndex())))
        #expect(decoded.entries.isEmpty)
    }
}
