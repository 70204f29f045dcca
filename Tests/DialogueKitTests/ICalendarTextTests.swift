import Foundation
import Testing

@testable import DialogueKit

/// RFC 5545's text rules: escaping, folding at 75 octets without splitting a character, UTC moments.
struct ICalendarTextTests {
    @Test func escapesBackslashCommaSemicolonAndEveryLineBreak() {
        #expect(ICalendarText.escaped(#"a\b,c;d"#) == #"a\\b\,c\;d"#)
        #expect(ICalendarText.escaped("ett\r\ntvå\ntre\rfyra") == #"ett\ntvå\ntre\nfyra"#)
        #expect(ICalendarText.escaped("tab\tkvar, klocka\u{07}") == "tab\tkvar\\, klocka ")
        #expect(ICalendarText.escaped("Åsa: \"hej\"") == "Åsa: \"hej\"", "colons and quotes need no escape in TEXT")
    }

    @Test func shortLinesAreLeftWholeWithCRLF() {
        let line = String(repeating: "x", count: 75)
        #expect(ICalendarText.folded(line) == line + "\r\n")
    }

    @Test func longLinesFoldAtSeventyFiveOctets() {
        let line = "SUMMARY:" + String(repeating: "abcdefghij", count: 20)
        let folded = ICalendarText.folded(line)
        #expect(folded.hasSuffix("\r\n"))
        let physical = folded.dropLast().components(separatedBy: "\r\n")  // "\r\n" is one Character
        #expect(physical.count == 3)
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.first?.utf8.count == 75)
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(physical.enumerated().map { $1.dropFirst($0 == 0 ? 0 : 1) }.joined() == line, "unfolding gives it back")
    }

    @Test func foldingNeverSplitsAUTF8Character() {
        // Two-, three- and four-octet characters at every offset against the 75-octet limit.
        for prefix in 0..<4 {
            let line = "DESCRIPTION:" + String(repeating: "x", count: prefix) + String(repeating: "åä€🎈", count: 30)
            let folded = ICalendarText.folded(line)
            let physical = Array(folded.utf8).split(separator: 13, omittingEmptySubsequences: true)
            for piece in physical {
                let bytes = Array(piece.drop { $0 == 10 })
                #expect(bytes.count <= 75)
                #expect(String(validating: bytes, as: UTF8.self) != nil, "a piece ends inside a character")
            }
            let unfolded = folded.replacingOccurrences(of: "\r\n ", with: "").dropLast()
            #expect(String(unfolded) == line)
        }
    }

    @Test func momentsAreWrittenInUTCAndDatesWithoutDashes() {
        #expect(ICalendarText.utc(ExportFixtures.now) == "20261201T120000Z")
        #expect(ICalendarText.utc(ExportFixtures.moment("2026-09-22", "18:00")) == "20260922T160000Z")
        #expect(ICalendarText.utc(ExportFixtures.moment("2026-11-10", "18:00")) == "20261110T170000Z")
        #expect(ICalendarText.date(LocalDate("2026-03-05")!) == "20260305")
    }
}
