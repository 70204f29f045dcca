import Foundation
import Testing

@testable import DialogueKit

/// The fast reader of journal lines reads what Foundation reads, the same way, and leaves the rest to it.
@Suite struct JournalFastReadTests {
    private func fast(_ text: String) -> InputJournalLine? {
        Array(text.utf8).withUnsafeBufferPointer { InputJournalLine.fast($0) }
    }

    private func foundation(_ text: String) -> InputJournalLine? {
        try? DialogueCoding.decodeLines([InputJournalLine].self, from: Data("[\(text)]".utf8)).first
    }

    @Test func linesTingWritesReadTheSameBothWays() throws {
        var input = Input(
            id: "i7", text: "Fler \"bänkar\" \\ vid\ndammen 🌳", capturedAt: StoreFixtures.now, activity: "a1",
            agendaPoint: "p2", category: "teman", tags: ["ljus", "trygghet"], group: "g3", source: .note,
            capturedBy: "anna")
        input.hidden = InputHiding(reason: "Personuppgifter", by: "bo", at: StoreFixtures.now)
        input.response = Response(
            status: .outsideQuestion, reason: "Gäller \"trafiken\"", forwardedTo: "Trafiknämnden",
            decisions: ["b1", "b2"],
            lastChange: ItemChange(by: "bo", at: StoreFixtures.now))
        var cleared = input
        cleared.response = nil
        for line in [
            InputJournalLine(adding: input),
            InputJournalLine(changing: [.category, .hidden, .tags], to: input, by: "bo", at: StoreFixtures.now),
            InputJournalLine(changing: [.response], to: input, by: "bo", at: StoreFixtures.now),
            InputJournalLine(changing: [.response], to: cleared, by: "bo", at: StoreFixtures.now),
        ] {
            let text = String(decoding: try DialogueCoding.encodeLine(line), as: UTF8.self)
            let read = try #require(fast(text), "\(text)")
            let decoded = try #require(foundation(text))
            #expect(read.add == decoded.add && read.change == decoded.change && read.by == decoded.by)
            #expect(Set(read.fields.map(\.rawValue)) == Set(decoded.fields.map(\.rawValue)))
            var viaFast = [Input(id: "i7", text: "x", capturedAt: StoreFixtures.now)]
            var viaFoundation = viaFast
            var viaLine = viaFast
            var positions = ["i7": 0]
            _ = read.apply(to: &viaFast, positions: &positions)
            _ = decoded.apply(to: &viaFoundation, positions: &positions)
            _ = line.apply(to: &viaLine, positions: &positions)
            #expect(viaFast == viaFoundation && viaFast == viaLine)
        }
    }

    @Test func escapesUnknownKeysAndNullsFollowFoundation() throws {
        let text =
            #"{"add":{"id":"i1","text":"\u00e5\ud83c\udf33\/","capturedAt":"2025-03-01T09:30:00Z","tags":null,"x":[1,{"y":true}]}}"#
        let read = try #require(fast(text))
        #expect(read == foundation(text))
        #expect(read.add?.text == "å🌳/")
    }

    @Test func whatTheFastReaderDoesNotTakeIsLeftToFoundation() {
        for text in [
            #"{"add":{"id":"i1","text":"a","capturedAt":"2025-03-01T09:30:00Z","source":"brev"}}"#,
            #"{"add":{"id":"i1","text":"a","capturedAt":"2025-03-01T09:30:00Z"}} x"#,
            #"{"add":{"id":1,"text":"a","capturedAt":"2025-03-01T09:30:00Z"}}"#,
            #"{"add":{"id":"i1","text":"a\x","capturedAt":"2025-03-01T09:30:00Z"}}"#,
            #"{"add":{"id":"i1","id":"i2","text":"a","capturedAt":"2025-03-01T09:30:00Z"}}"#,
            #"{"add":{"id":"i1","text":"a","capturedAt":"2025-03-01T09:30:00Z","n":1.5}}"#,
            #"{"add":{"id":"i1","text":"a","capturedAt":"2025-03-01T09:30:00Z","response":{"status":"kanske"}}}"#,
            #"{"change":"i1","set":{"response":{"reason":"utan status"}}}"#,
            #"{"change":"i1","set":{"response":{"status":"beaktas","decisions":"b1"}}}"#,
        ] {
            #expect(fast(text) == nil, "\(text)")
        }
        #expect(foundation(#"{"add":{"id":"i1","text":"a","capturedAt":"2025-03-01T09:30:00Z","n":1.5}}"#) != nil)
    }

    @Test func aHandWrittenResponseNeedsOnlyItsStatusEitherWay() throws {
        let text = #"{"change":"i1","set":{"response":{"status":"beaktas","reason":null}},"by":"bo"}"#
        let read = try #require(fast(text))
        #expect(read == foundation(text))
        #expect(read.set?.response == Response(status: .considered))
        #expect(foundation(#"{"change":"i1","set":{"response":{"status":"kanske"}}}"#) == nil)
    }

    @Test func fiveThousandLinesAreReadWholeAndCounted() throws {
        var lines = Data()
        for n in 0..<5_000 {
            let input = Input(
                id: "i\(n + 1)", text: "Inspel nummer \(n): fler bänkar och bättre belysning",
                capturedAt: StoreFixtures.now,
                activity: "a1", category: "teman", tags: ["ljus"], capturedBy: "anna")
            lines.append(try DialogueCoding.encodeLine(InputJournalLine(adding: input)))
            lines.append(UInt8(ascii: "\n"))
        }
        guard
            case .readable(let inputs, let version, false) = InputJournal.read(
                lines, inode: 1, fileName: "x.inputs.jsonl")
        else {
            Issue.record("not readable")
            return
        }
        #expect(inputs.count == 5_000 && version.lines == 5_000 && version.length == Int64(lines.count))
    }
}
