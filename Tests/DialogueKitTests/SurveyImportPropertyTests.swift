import DialogueKit
import Testing

/// Survey exports made at random: what a CSV writer writes is read back word for word with the
/// line each row starts on, and any text at all is read or refused, never a crash.
@Suite struct SurveyImportPropertyTests {
    /// A small deterministic generator (SplitMix64), so a failure repeats.
    private struct Seeded: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private static let pieces = ["Ljus", "å", "ä ö", " ", ",", ";", "\"", "\n", "\r\n", "\t", "Bänk", "🌳", "x"]

    /// A field as a CSV writer writes it: quoted, quotes doubled, when it holds a separator, a quote or
    /// a line break, or starts or ends with a space.
    private static func written(_ field: String, separator: Character) -> String {
        let needsQuotes =
            field.contains(separator) || field.contains("\"") || field.contains(where: \.isNewline)
            || field.first == " " || field.last == " "
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    @Test func whatAWriterWritesIsReadBackWithItsLines() throws {
        var random = Seeded(state: 8)
        for round in 0..<300 {
            let separator: Character = Bool.random(using: &random) ? "," : ";"
            let lineBreak = Bool.random(using: &random) ? "\n" : "\r\n"
            let texts = (0..<Int.random(in: 1...8, using: &random)).map { _ in
                (0..<Int.random(in: 1...6, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }
                    .joined()
            }
            var csv = Bool.random(using: &random) ? "\u{FEFF}" : ""
            csv += "nr\(separator)svar\(lineBreak)"
            var expected: [SurveyAnswer] = []
            var line = 2
            for (index, text) in texts.enumerated() {
                csv += "\(index)\(separator)\(Self.written(text, separator: separator))\(lineBreak)"
                let answer = text.replacingOccurrences(of: "\r\n", with: "\n")
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                if !answer.isEmpty { expected.append(SurveyAnswer(text: answer, line: line)) }
                line += 1 + text.count(where: \.isNewline)
            }
            guard !expected.isEmpty else { continue }
            let survey = try SurveyImport(csv: csv, file: "slump.csv", column: nil)
            #expect(survey.answers == expected, "round \(round): \(csv.debugDescription)")
        }
    }

    @Test func anyTextIsReadOrRefusedNeverACrash() {
        var random = Seeded(state: 21)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in
                Self.pieces.randomElement(using: &random)!
            }.joined()
            let lines = 1 + text.count(where: \.isNewline)
            do {
                let survey = try SurveyImport(csv: text, file: "slump.csv", column: nil)
                #expect(survey.answers.allSatisfy { !$0.text.isEmpty && $0.line >= 2 && $0.line <= lines })
                #expect(zip(survey.answers, survey.answers.dropFirst()).allSatisfy { $0.line < $1.line })
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }
}
