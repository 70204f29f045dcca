import Foundation
import Testing

@testable import DialogueKit

/// Counting days between calendar dates, with no time zone taking part.
@Suite struct LocalDateDaysTests {
    @Test(arguments: [
        ("2026-03-01", "2026-03-01", 0), ("2026-02-28", "2026-03-01", 1), ("2024-02-28", "2024-03-01", 2),
        ("2025-12-31", "2026-01-01", 1), ("2026-03-01", "2026-02-01", -28), ("1970-01-01", "2000-01-01", 10_957),
        ("0001-01-01", "9999-12-31", 3_652_058),
    ])
    func daysBetweenDates(from: String, to: String, days: Int) throws {
        let start = try #require(LocalDate(from))
        let end = try #require(LocalDate(to))
        #expect(start.days(until: end) == days)
        #expect(start.adding(days: days) == end)
        #expect(end.adding(days: -days) == start)
    }

    @Test func everyDayOfALeapYearFollowsTheOneBefore() throws {
        var day = try #require(LocalDate("2024-01-01"))
        let calendar = Calendar.swedish
        var instant = try #require(calendar.date(from: DateComponents(year: 2024, month: 1, day: 1, hour: 12)))
        for _ in 0..<366 {
            #expect(day == LocalDate(instant, calendar: calendar))
            day = try #require(day.adding(days: 1))
            instant = try #require(calendar.date(byAdding: .day, value: 1, to: instant))
        }
        #expect(day == LocalDate("2025-01-01"))
    }

    @Test func noDateLiesOutsideTheYearsOneToNineThousandNineHundredNinetyNine() throws {
        #expect(LocalDate("9999-12-31")?.adding(days: 1) == nil)
        #expect(LocalDate("0001-01-01")?.adding(days: -1) == nil)
        #expect(LocalDate("2026-01-01")?.adding(days: .max) == nil)
    }
}
