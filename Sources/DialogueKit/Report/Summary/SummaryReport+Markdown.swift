import Foundation
import TextSafety

extension SummaryReport {
    /// The report as GitHub-flavoured Markdown: one `#` heading, sections one level down each, tables with a
    /// header row, and every text from the dialogue escaped so it is read as text, never as markup.
    public func markdown() -> String {
        var lines = ["# " + Self.markdownText(title), ""]
        lines += metadata.map { "- **\(Self.markdownText($0.label)):** \(Self.markdownText($0.value, breaks: " "))" }
        for section in sections {
            lines += Self.markdownLines(section, level: 2)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdownLines(_ section: Section, level: Int) -> [String] {
        var lines = ["", String(repeating: "#", count: min(level, 6)) + " " + markdownText(section.heading)]
        for block in section.blocks {
            lines.append("")
            switch block {
            case .paragraph(let text):
                lines.append(markdownText(text))
            case .bullets(let entries):
                lines += entries.map { "- " + markdownText($0, breaks: "\\\n  ") }
            case .table(let table):
                lines.append("*\(markdownText(table.caption))*")
                lines.append("")
                lines.append(markdownRow(table.columns))
                lines.append(markdownRow(table.columns.map { _ in "---" }, escaping: false))
                lines += table.rows.map { markdownRow($0) }
            }
        }
        return lines + section.subsections.flatMap { markdownLines($0, level: level + 1) }
    }

    private static func markdownRow(_ cells: [String], escaping: Bool = true) -> String {
        "| " + cells.map { escaping ? markdownText($0, breaks: "<br>") : $0 }.joined(separator: " | ") + " |"
    }

    /// `text` safe as Markdown: control characters shown as symbols, the characters Markdown reads as markup
    /// (and `|`, which ends a table cell) escaped with a backslash, a line that would start a heading, list or
    /// quote escaped at its start; line breaks become `breaks` (a hard break by default).
    static func markdownText(_ text: String, breaks: String = "\\\n") -> String {
        let cleaned = SafeText.clean(text.trimmingCharacters(in: .whitespacesAndNewlines), keepNewlines: true)
        return cleaned.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var out = ""
            for character in line.trimmingCharacters(in: .whitespaces) {
                if markdownPunctuation.contains(character) { out.append("\\") }
                out.append(character)
            }
            return escapedLineStart(out)
        }.joined(separator: breaks)
    }

    /// Characters escaped wherever they stand.
    private static let markdownPunctuation = Set("\\`*_[]<>|~&#")

    /// A line starting like a list item (`- `, `+ `, `1. `, `1) `) or a setext underline (`=`) gets its marker escaped.
    private static func escapedLineStart(_ line: String) -> String {
        if let first = line.first, "-+=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = line.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }
}
