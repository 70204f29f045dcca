import Foundation
import Testing

/// Vänersborg's handbook as text extracted from its PDF, read the ways the template test needs:
/// lists after a lead-in line, entries with a mark, and the text with its line breaks undone.
/// The extraction breaks lines mid-sentence and scatters diagrams, so nothing here relies on
/// paragraphs being whole.
struct VanersborgHandbook {
    /// The handbook's text beside the repository.
    static let url = TemplateTestSupport.handbooks.appendingPathComponent("002_9013732453e8b592.txt")

    /// The marks that start an entry of a list: bullet, tick, check box, arrow, dash, number.
    static let entryMarks = ["• ", "✓ ", "❑ ", "➢ ", "- ", "1. ", "2. "]

    /// The lines, trimmed of surrounding blank space.
    let lines: [String]

    init() throws {
        lines = try String(contentsOf: Self.url, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The whole text as running text.
    var flowing: String { Self.flow(lines) }

    /// The index of the first line that contains `text`.
    func line(containing text: String, from start: Int = 0) throws -> Int {
        try #require(
            lines.indices.dropFirst(start).first { lines[$0].contains(text) },
            "the handbook has no line with '\(text)'")
    }

    /// The entries of the list below line `lead`, with the line each starts on. Lines before the
    /// first entry are skipped; the list ends at the first line that neither starts an entry with
    /// the first entry's kind of mark nor continues an entry.
    func list(after lead: Int) -> [(line: Int, text: String)] {
        var entries: [(line: Int, text: String)] = []
        var listMark: String?
        var index = lead + 1
        while index < lines.count {
            if let entry = entry(at: index), listMark == nil || entry.mark == listMark {
                entries.append((index, entry.text))
                listMark = entry.mark
                index = entry.next
            } else if lines[index].isEmpty || entries.isEmpty {
                index += 1
            } else {
                break
            }
        }
        return entries
    }

    /// Every entry in the handbook that starts with `mark`, with the line it starts on.
    func entries(marked mark: String) -> [(line: Int, text: String)] {
        lines.indices.filter { lines[$0].hasPrefix(mark) }.compactMap { index in
            entry(at: index).map { (index, $0.text) }
        }
    }

    /// The questions in lines `range`, each from the capital that starts it: a sentence broken by
    /// a diagram, or run together with the label before it, still yields the question itself.
    func questions(in range: Range<Int>) -> [String] {
        Self.flow(lines[range]).split(separator: "?", omittingEmptySubsequences: false).dropLast().map { piece in
            var start = piece.startIndex
            var previous: Character = " "
            for index in piece.indices {
                if piece[index].isUppercase && (previous == " " || previous.isLowercase) { start = index }
                previous = piece[index]
            }
            return piece[start...].trimmingCharacters(in: .whitespaces) + "?"
        }
    }

    /// The entry that starts at line `index`, without its mark, joined with the lines below it that
    /// start in lower case (the rest of a broken line); its kind of mark (every number is "1. ");
    /// and the line after it.
    private func entry(at index: Int) -> (text: String, mark: String, next: Int)? {
        guard let mark = Self.entryMarks.first(where: { lines[index].hasPrefix($0) }) else { return nil }
        var parts = [String(lines[index].dropFirst(mark.count))]
        var next = index + 1
        while next < lines.count, lines[next].first?.isLowercase == true {
            parts.append(lines[next])
            next += 1
        }
        return (Self.flow(parts), mark.first?.isNumber == true ? "1. " : mark, next)
    }

    /// Lines as running text: a word hyphenated at a line's end is joined again ("envägs-" and
    /// "kommunikation"; "2022-" and "11-23" keep their hyphen) and blank space becomes one space.
    static func flow<Lines: Sequence<String>>(_ lines: Lines) -> String {
        var text = ""
        for line in lines where !line.isEmpty {
            if text.last == "-", let before = text.dropLast().last, before.isLetter || before.isNumber {
                if before.isLetter && line.first?.isLowercase == true { text.removeLast() }
            } else if !text.isEmpty {
                text += " "
            }
            text += line
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
