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
            isReadOnly: true,
            deadlines: [
                PhaseDeadline(phase: .planning, end: LocalDate("2026-03-01")!, isComplete: false),
                PhaseDeadline(phase: .feedback, end: LocalDate("2026-09-30")!, isComplete: true),
            ])
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

    @Test func overdueIsDecidedOnTheDayOfShowingFromTheStoredDeadlines() throws {
        let decoded = try #require(LibraryIndexFormat.decode(LibraryIndexFormat.encode(Self.sampleIndex())))
        let summary = try #require(decoded.entries["parken"]?.summary)
        #expect(summary.overduePhases(today: LocalDate("2026-03-01")!) == [])
        #expect(summary.overduePhases(today: LocalDate("2026-03-02")!) == [.planning])
        #expect(summary.overduePhases(today: LocalDate("2027-01-01")!) == [.planning])
    }

    @Test func aLineWithoutTheDeadlinesFieldIsRejected() {
        let line = "D\tparken\t1\t2\t3\t4\t5\tParken\thelsingborg\tHelsingborg\tplanning\t1\t2\topen\t0\t0"
        #expect(LibraryIndexFormat.decode(Data("ting-index 1 1\n\(line)\n".utf8)) == nil)
        #expect(LibraryIndexFormat.decode(Data("ting-index 2 1\n\(line)\t\n".utf8)) != nil)
    }

    @Test(arguments: ["planning:2026-02-30:0", "planning:2026-03-01", "plan:2026-03-01:1", "planning:2026-03-01:2"])
    func aBrokenDeadlineRejectsTheIndex(field: String) {
        let line = "D\tparken\t1\t2\t3\t4\t5\tParken\thelsingborg\tHelsingborg\tplanning\t1\t2\topen\t0\t0"
        #expect(LibraryIndexFormat.decode(Data("ting-index 2 1\n\(line)\t\(field)\n".utf8)) == nil)
    }

    @Test func anEmptyIndexIsValid() throws {
        let decoded = try #require(LibraryIndexFormat.decode(LibraryIndexFormat.encode(LibraryIndex())))
        #expect(decoded.entries.isEmpty)
    }
}
