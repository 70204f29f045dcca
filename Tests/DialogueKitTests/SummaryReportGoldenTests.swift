import DialogueKit
import Foundation
import Testing

/// The summary report of the example dialogue, made at a fixed time in a fixed time zone, against golden
/// files in `Fixtures/SummaryReport` (`RECORD=1 swift test` rewrites them; check every change by eye), and
/// the HTML read by a real HTML parser.
@Suite struct SummaryReportGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/SummaryReport")
    let now = Date(timeIntervalSince1970: 1_772_366_400)  // 2026-03-01 12:00 UTC

    /// The example dialogue's report in Stockholm's time, whatever the machine's zone.
    var report: SummaryReport {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm")!
        calendar.locale = Locale(identifier: "sv_SE")
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        let helsingborg = BuiltInTemplates.all.first { $0.id == "helsingborg" }!
        let dialogue = ExampleDialogue.make(template: helsingborg, now: now, calendar: calendar)
        return SummaryReport(dialogue: dialogue, today: LocalDate(now, calendar: calendar), calendar: calendar)
    }

    @Test func markdownMatchesItsGoldenFile() {
        assertMatches(report.markdown(), named: "example.md")
    }

    @Test func htmlMatchesItsGoldenFile() {
        assertMatches(report.html(), named: "example.html")
    }

    @Test(.enabled(if: HTMLParser.isAvailable, HTMLParser.absence))
    func htmlParsesStrictlyWithHeadingsInOrderHeaderCellsAndNothingExternal() throws {
        let result = try HTMLParser.check(report.html())
        #expect(result.errors.isEmpty, "html5lib: \(result.errors)")
        #expect(result.lang == "sv")
        #expect(result.headings.first == 1)
        #expect(result.headings.filter { $0 == 1 }.count == 1)
        #expect(zip(result.headings, result.headings.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "\(result.headings)")
        #expect(result.tables > 5)
        #expect(result.tablesWithoutCaption == 0)
        #expect(result.tablesWithoutHeader == 0)
        #expect(result.thWithoutScope == 0)
        #expect(result.external.isEmpty, "\(result.external)")
    }

    @Test(.enabled(if: HTMLParser.isAvailable, HTMLParser.absence))
    func theParserCatchesBrokenHTML() throws {
        let broken = try HTMLParser.check("<!DOCTYPE html><html lang=\"en\"><p><table><tr><td>x</p></td></tr>")
        #expect(!broken.errors.isEmpty)
        #expect(broken.lang == "en")
    }

    private func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
    {
        let file = Self.folder.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["RECORD"] == "1"
        guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if !recording {
                Issue.record(
                    "recorded missing golden file \(name); check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        #expect(
            actual == expected, "\(name) differs; RECORD=1 swift test re-records it", sourceLocation: sourceLocation)
    }
}
