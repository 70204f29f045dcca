import Foundation
import Testing

@testable import DialogueKit

/// `LibraryAgenda`: what `ting agenda` lists across the library, from the summaries alone.
@Suite struct LibraryAgendaTests {
    static func item(_ kind: DueKind, _ date: String, _ words: String) -> DueItem {
        DueItem(kind: kind, date: LocalDate(date)!, reference: words, words: words)
    }

    static func entry(_ stem: String, _ due: [DueItem]) -> LibraryEntry {
        var summary = DialogueSummary(stem: stem, dialogue: StoreFixtures.dialogue(stem), isReadOnly: false)
        summary.due = due.sorted(by: DueItem.listedBefore)
        return .dialogue(summary)
    }

    let entries = [
        entry("alfa", [item(.activity, "2026-03-05", "Workshop"), item(.feedback, "2026-02-01", "Återkoppling")]),
        .damaged(DamagedFile(fileName: "trasig.json", place: nil, problem: "filen är tom", fix: "rätta den")),
        entry("beta", [item(.phaseEnd, "2026-03-05", "Planering slutar"), item(.activity, "2026-04-30", "Vandring")]),
        entry("gamma", [item(.activity, "2026-02-28", "Möte"), item(.publication, "2026-03-01", "Publicering")]),
    ]

    @Test func theOverdueComeFirstThenWhatFallsDueWithinTheDays() {
        let agenda = LibraryAgenda(entries, today: LocalDate("2026-03-01")!, days: 3)
        #expect(agenda.rows.map(\.item.words) == ["Återkoppling", "Möte", "Publicering"])
        #expect(agenda.rows.map(\.isOverdue) == [true, true, false])
        #expect(agenda.rows.map(\.daysFromToday) == [-28, -1, 0])
        #expect(agenda.rows.map(\.stem) == ["alfa", "gamma", "gamma"])
        let lastDay = LibraryAgenda(entries, today: LocalDate("2026-03-01")!, days: 4)
        #expect(lastDay.rows.map(\.daysFromToday) == [-28, -1, 0, 4, 4], "the last of the days is included")
    }

    @Test func onOneDayPhasesComeBeforeActivitiesWhateverTheLibrarysOrder() {
        let agenda = LibraryAgenda(entries, today: LocalDate("2026-03-01")!, days: 34)
        #expect(
            agenda.rows.map(\.item.words) == ["Återkoppling", "Möte", "Publicering", "Planering slutar", "Workshop"])
    }

    @Test func zeroDaysGivesTodaysAndTheOverdue() {
        let agenda = LibraryAgenda(entries, today: LocalDate("2026-03-05")!, days: 0)
        #expect(
            agenda.rows.map(\.item.words) == ["Återkoppling", "Möte", "Publicering", "Planering slutar", "Workshop"])
        #expect(agenda.rows.map(\.isOverdue) == [true, true, true, false, false])
        #expect(LibraryAgenda(entries, today: LocalDate("2026-01-01")!, days: 0).rows.isEmpty)
    }

    @Test func aHorizonPastTheLastYearTakesEverything() {
        let agenda = LibraryAgenda(entries, today: LocalDate("9999-12-01")!, days: 36_500)
        #expect(agenda.rows.count == 6)
    }
}
