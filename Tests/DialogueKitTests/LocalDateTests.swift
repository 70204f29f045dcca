import DialogueKit
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

    @Test func ordersByCalendar() throws {
        let earlier = try #require(LocalDate("2026-01-31"))
        let later = try #require(LocalDate("2026-02-01"))
        #expect(earlier < later)
    }
}
