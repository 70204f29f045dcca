import Foundation

/// Sollentuna's handbook as extracted from PowerPoint, read the way its layout survives: one text line
/// per line (with blank lines between), diagram bullets as lines opening with one space, checklist
/// entries as lines opening with "- ", and words broken in the narrow boxes ("medborgar- dialog").
struct SollentunaHandbook {
    /// The handbook's plain text in the handbooks folder beside the repository.
    static let url = TemplateTestSupport.handbooks.appendingPathComponent("003_ca08e7ba694e2501.txt")

    /// How a list entry opens in the extracted text.
    enum Bullet {
        /// A diagram bullet, extracted as a single leading space.
        case diagram
        /// "- " at the start of the line.
        case dash
        /// "1. ", "2. " … at the start of the line.
        case number
    }

    /// The text's non-blank lines, with their leading space kept.
    let lines: [String]

    init() throws {
        let text = try String(contentsOf: Self.url, encoding: .utf8)
        lines = text.split(separator: "\n").map(String.init).filter { !Self.trimmed($0).isEmpty }
    }

    /// The whole text as one normalized paragraph.
    var text: String { Self.normalized(lines.joined(separator: " ")) }

    /// The lines after the markers `after` (found one after the other) and before the first line after
    /// them that reads `before`, or to the end of the text; a marker matches a whole trimmed line.
    func lines(after: [String], before: String?) -> [String] {
        var index = lines.startIndex
        for marker in after {
            guard let found = lines[index...].firstIndex(where: { Self.trimmed($0) == marker }) else { return [] }
            index = found + 1
        }
        let rest = lines[index...]
        let end = before.flatMap { marker in rest.firstIndex { Self.trimmed($0) == marker } } ?? rest.endIndex
        return Array(lines[index..<end])
    }

    /// The list entries between the markers, each joined from its opening line and the lines that
    /// continue it, normalized; text before the first entry is left out.
    func entries(after: [String], before: String?, bullet: Bullet) -> [String] {
        var entries: [String] = []
        for line in lines(after: after, before: before) {
            if let opened = Self.opening(line, bullet) {
                entries.append(opened)
            } else if !entries.isEmpty {
                entries[entries.count - 1] += " " + line
            }
        }
        return entries.map(Self.normalized)
    }

    /// The line's text without its bullet when it opens an entry, else nil.
    private static func opening(_ line: String, _ bullet: Bullet) -> String? {
        switch bullet {
        case .diagram:
            guard line.first == " ", let second = line.dropFirst().first, !second.isWhitespace else { return nil }
            return String(line.dropFirst())
        case .dash:
            return line.hasPrefix("- ") ? String(line.dropFirst(2)) : nil
        case .number:
            guard let dot = line.firstIndex(of: "."), !line[..<dot].isEmpty, line[..<dot].allSatisfy(\.isNumber),
                line[dot...].hasPrefix(". ")
            else { return nil }
            return String(line[dot...].dropFirst(2))
        }
    }

    /// Single spaces, words broken over the boxes' line ends joined again, and the page reference
    /// that the template names by its model.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacing(/(\p{Ll})- ?(\p{Ll})/) { "\($0.output.1)\($0.output.2)" }
            .replacingOccurrences(of: "(se tabell sida 4)", with: "(se styrningsprocessen)")
    }

    /// The lower-cased words of a text, for comparing what a table holds regardless of its layout.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init)
    }

    private static func trimmed(_ line: String) -> String {
        line.trimmingCharacters(in: .whitespaces)
    }
}
