import Foundation
import Testing

@testable import DialogueKit

/// The schedule as iCalendar: what is in it, and the golden file. Real parsers read it in
/// `ExportParsersEndToEndTests`.
struct ExportICSTests {
    let dialogue = ExportFixtures.dialogue()

    func ics(now: Date = ExportFixtures.now, of dialogue: Dialogue? = nil) throws -> String {
        let data = try DialogueExport.data(
            of: dialogue ?? self.dialogue, format: .ics, table: .inputs, now: now, calendar: ExportFixtures.calendar)
        return try #require(String(data: data, encoding: .utf8))
    }

    /// The unfolded content lines.
    func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func matchesTheGolden() throws {
        ExportGolden.assertMatches(Data(try ics().utf8), named: "parken.ics")
    }

    @Test func everyLineEndsWithCRLFAndNoneIsLongerThan75Octets() throws {
        let text = try ics()
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == 10 {
            #expect(index > 0 && bytes[index - 1] == 13, "a bare LF at byte \(index)")
        }
        let physical = text.components(separatedBy: "\r\n")
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.contains { $0.hasPrefix(" ") }, "the long activity title is folded")
        #expect(lines(text).contains("CALSCALE:GREGORIAN"))
    }

    @Test func phasesAreWholeDaysEndingTheDayAfterTheirLastDay() throws {
        let lines = lines(try ics())
        let decision = try #require(lines.firstIndex { $0.hasPrefix("UID:fas-decision.") })
        #expect(lines[decision + 2] == "DTSTART;VALUE=DATE:20260601")
        #expect(lines[decision + 3] == "DTEND;VALUE=DATE:20260701")
        // A phase with one date gets that day, named for it; a phase without dates gets nothing.
        #expect(lines.contains { $0.hasPrefix("UID:fas-planning-start.") })
        #expect(lines.contains { $0.hasPrefix("UID:fas-evaluation-slut.") })
        #expect(!lines.contains { $0.hasPrefix("UID:fas-implementation") })
        #expect(lines.contains("SUMMARY:Planering börjar – Parken\\; Ås\\, \"norr\""))
    }

    @Test func activitiesHaveTheirMomentsInUTCTheirPlaceAndEscapedText() throws {
        let lines = lines(try ics())
        let workshop = try #require(lines.firstIndex { $0.hasPrefix("UID:aktivitet-a1.") })
        // 18:00–19:30 in Sweden in September is 16:00–17:30 UTC (summer time) …
        #expect(lines[workshop + 2] == "DTSTART:20260922T160000Z")
        #expect(lines[workshop + 3] == "DTEND:20260922T173000Z")
        #expect(lines[workshop + 4] == #"SUMMARY:Workshop\, barn\; lek \\ rita"#)
        #expect(lines[workshop + 5] == #"LOCATION:Skolan\, aula"#)
        #expect(lines[workshop + 6].contains(#"Tillgänglighet: Hörslinga\noch ramp"#))
        // … 22:00–00:30 in November is 21:00 UTC to 23:30 UTC, the end on the same UTC day but after midnight in Sweden.
        let evening = try #require(lines.firstIndex { $0.hasPrefix("UID:aktivitet-a2.") })
        #expect(lines[evening + 2] == "DTSTART:20261110T210000Z")
        #expect(lines[evening + 3] == "DTEND:20261110T233000Z")
        // A day without a time is a whole day; an activity without a date is left out; a cancelled one is marked.
        let day = try #require(lines.firstIndex { $0.hasPrefix("UID:aktivitet-a3.") })
        #expect(lines[day + 2] == "DTSTART;VALUE=DATE:20261003")
        #expect(lines[day + 3] == "DTEND;VALUE=DATE:20261004")
        #expect(!lines.contains { $0.hasPrefix("UID:aktivitet-a4.") })
        let cancelled = try #require(lines.firstIndex { $0.hasPrefix("UID:aktivitet-a5.") })
        #expect(lines[cancelled + 2] == "DTSTART:20261020T160000Z")
        #expect(!lines[cancelled + 3].hasPrefix("DTEND"), "no end time, no DTEND")
        #expect(lines[cancelled...].prefix { $0 != "END:VEVENT" }.contains("STATUS:CANCELLED"))
    }

    @Test func feedbackRoundsHaveTheirPlannedAndSentDays() throws {
        let lines = lines(try ics())
        let planned = try #require(lines.firstIndex { $0.hasPrefix("UID:aterkoppling-a1-planerad.") })
        #expect(lines[planned + 2] == "DTSTART;VALUE=DATE:20261125")
        let sent = try #require(lines.firstIndex { $0.hasPrefix("UID:aterkoppling-a1-skickad.") })
        #expect(lines[sent + 2] == "DTSTART;VALUE=DATE:20261127")
        #expect(lines[sent + 4] == "SUMMARY:Återkoppling till Deltagarna skickad")
        #expect(lines.contains { $0.hasPrefix("UID:aterkoppling-a2-planerad.") })
        #expect(!lines.contains { $0.hasPrefix("UID:aterkoppling-a2-skickad.") }, "not sent yet")
    }

    @Test func uidsAreStableAndUniqueAndDTSTAMPIsTheExportTimeInUTC() throws {
        let first = lines(try ics())
        let later = lines(try ics(now: ExportFixtures.now + 86_400))
        let uids = first.filter { $0.hasPrefix("UID:") }
        #expect(uids == later.filter { $0.hasPrefix("UID:") })
        #expect(Set(uids).count == uids.count)
        #expect(uids.allSatisfy { $0.hasSuffix(".6f1d2c3b-4a59-4e6d-9c2b-1a2b3c4d5e6f@ting") })
        #expect(first.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20261201T120000Z" })
        #expect(later.contains("DTSTAMP:20261202T120000Z"))
        #expect(first.filter { $0 == "BEGIN:VEVENT" }.count == uids.count)
    }

    @Test func anEmptyDialogueIsAnEmptyCalendar() throws {
        let empty = Dialogue(template: StoreFixtures.template, title: "Tom", now: StoreFixtures.now)
        let lines = lines(try ics(of: empty))
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
        #expect(!lines.contains("BEGIN:VEVENT"))
    }
}
