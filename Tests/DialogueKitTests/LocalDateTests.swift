import DialogueKit
import Foundation
import Testing

/// Dates as written in files, the CLI and the UI: `YYYY-MM-DD`, real calendar dates only.
struct LocalDateTests {
    @Test(arguments: ["2026-03-15", " 2026-03-15 ", "2024-02-29", "0001-01-01", "9999-12-31"])
    func acceptsRealDates(text: String) throws {
        let date = try #require(LocalDate(text))
        #expect(date.description == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        "", "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-3-15", "26-03-15", "2026/03/15",
        "2026-03-15x", "２０２６-03-15", "2026-03-1a", "0000-01-01",
    ])
    func refusesAnythingElse(text: String) {
        #expect(LocalDate(text) == nil)
    }

    /// An instant, a time zone and the date it is there.
    struct Zoned: Sendable, CustomTestStringConvertible {
        var instant: TimeInterval
        var zone: String
        var date: String
        var testDescription: String { "\(instant) in \(zone)" }
    }

    // 1_800_000_000 is 2027-01-15 08:00 UTC; 1_800_014_400 is 12:00 UTC.
    @Test(arguments: [
        Zoned(instant: 1_800_000_000, zone: "America/Adak", date: "2027-01-14"),
        Zoned(instant: 1_800_000_000, zone: "Europe/Stockholm", date: "2027-01-15"),
        Zoned(instant: 1_800_014_400, zone: "Europe/Stockholm", date: "2027-01-15"),
        Zoned(instant: 1_800_014_400, zone: "Pacific/Kiritimati", date: "2027-01-16"),
    ])
    func anInstantIsTheDateOfTheCalendarItIsGiven(_ zoned: Zoned) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zoned.zone))
        #expect(LocalDate(Date(timeIntervalSince1970: zoned.instant), calendar: calendar).description == zoned.date)
    }

    @Test func theSwedishCalendarIsStockholmsWhateverTheMachineSays() {
        #expect(Calendar.swedish.timeZone.identifier == "Europe/Stockholm")
        #expect(Calendar.swedish.locale?.identifier == "sv_SE")
        #expect(Calendar.swedish.identifier == .gregorian)
        #expect(LocalDate(Date(timeIntervalSince1970: 1_800_000_000), calendar: .swedish).description == "2027-01-15")
    }

    @Test func ordersByCalendar() throws {
        let earlier = try #require(LocalDate("2026-01-31"))
        let later = try #require(LocalDate("2026-02-01"))
        #expect(earlier < later)
    }
}
