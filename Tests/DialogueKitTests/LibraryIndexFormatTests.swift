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
            due: [
                DueItem(kind: .feedback, date: LocalDate("2026-02-20")!, reference: "a1", words: "Åter\tkoppling, 1:a"),
                DueItem(
                    kind: .phaseEnd, date: LocalDate("2026-03-01")!, reference: "planning", words: "Planering slutar"),
                DueItem(
                    kind: .activity, date: LocalDate("2026-03-01")!, reference: "x\\1", words: "Workshop\nmed föräldrar"
                ),
                DueItem(kind: .publication, date: LocalDate("2026-09-30")!, reference: "efter", words: ""),
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

    @Test func overdueIsDecidedOnTheDayOfShowingFromTheStoredDates() throws {
        let decoded = try #require(LibraryIndexFormat.decode(LibraryIndexFormat.encode(Self.sampleIndex())))
        let summary = try #require(decoded.entries["parken"]?.summary)
        #expect(summary.overduePhases(today: LocalDate("2026-03-01")!) == [])
        #expect(summary.overduePhases(today: LocalDate("2026-03-02")!) == [.planning])
        #expect(summary.overduePhases(today: LocalDate("2027-01-01")!) == [.planning])
        #expect(summary.nextDue?.reference == "a1", "the soonest, whatever the day")
        #expect(!summary.due.hasOverdue(today: LocalDate("2026-02-20")!), "due today is not yet overdue")
        #expect(summary.due.overdue(today: LocalDate("2026-03-02")!).map(\.kind) == [.feedback, .phaseEnd, .activity])
    }

    /// A `D` line of the current format up to `readOnly`, without the due count.
    static let lineBeforeTheDueCount =
        "D\tparken\t1\t2\t3\t4\t5\tParken\thelsingborg\tHelsingborg\tplanning\t1\t2\topen\t0\t0"

    @Test func aLineWithoutTheDueCountIsRejected() {
        let line = Self.lineBeforeTheDueCount
        #expect(LibraryIndexFormat.decode(Data("ting-index 4 1\n\(line)\n".utf8)) == nil)
        #expect(LibraryIndexFormat.decode(Data("ting-index 4 1\n\(line)\t0\n".utf8)) != nil)
        let one = "\(line)\t1\tfas\t2026-03-01\tplanning\tPlanering slutar"
        #expect(LibraryIndexFormat.decode(Data("ting-index 4 1\n\(one)\n".utf8)) != nil)
    }

    @Test(arguments: [
        "1", "-1", "x", "0\tfas", "2\tfas\t2026-03-01\tplanning\tx", "1\tfas\t2026-03-01\tplanning",
        "1\tfas\t2026-02-30\tplanning\tx", "1\tfase\t2026-03-01\tplanning\tx", "1\tfas\t2026-03-01\tplan\tx",
        "1\tpublicering\t2026-03-01\tsenare\tx", "1\taktivitet\t20260301\tx1\tx",
        "9223372036854775807\tfas\t2026-03-01\tplanning\tx",
    ])
    func aBrokenDueListRejectsTheIndex(fields: String) {
        let line = Self.lineBeforeTheDueCount
        #expect(LibraryIndexFormat.decode(Data("ting-index 4 1\n\(line)\t\(fields)\n".utf8)) == nil)
    }

    @Test func anEmptyIndexIsValid() throws {
        let decoded = try #require(LibraryIndexFormat.decode(LibraryIndexFormat.encode(LibraryIndex())))
        #expect(decoded.entries.isEmpty)
    }
}
