import Foundation
import TextSafety

extension SummaryReport {
    /// The report as one self-contained HTML file to open in a browser and print on A4: Swedish (`lang="sv"`),
    /// UTF-8, its style inline and no external reference; one `h1`, sections one heading level down each, tables
    /// with a caption and header cells, every text escaped. Nothing is told by colour alone.
    public func html() -> String {
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"sv\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"Ting\">",
            "<title>\(Self.htmlText(title))</title>", "<style>", SummaryReport.printStyle, "</style>", "</head>",
            "<body>",
            "<main>", "<h1>\(Self.htmlText(title))</h1>", "<dl class=\"facts\">",
        ]
        for field in metadata {
            lines.append("<dt>\(Self.htmlText(field.label))</dt><dd>\(Self.htmlText(field.value))</dd>")
        }
        lines.append("</dl>")
        for section in sections {
            lines += Self.htmlLines(section, level: 2)
        }
        lines += ["</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func htmlLines(_ section: Section, level: Int) -> [String] {
        let tag = "h\(min(level, 6))"
        var lines = ["<section>", "<\(tag)>\(htmlText(section.heading))</\(tag)>"]
        for block in section.blocks {
            switch block {
            case .paragraph(let text):
                lines.append("<p>\(htmlText(text))</p>")
            case .bullets(let entries):
                lines.append("<ul>")
                lines += entries.map { "<li>\(htmlText($0))</li>" }
                lines.append("</ul>")
            case .table(let table):
                lines += htmlTable(table)
            }
        }
        lines += section.subsections.flatMap { htmlLines($0, level: level + 1) }
        return lines + ["</section>"]
    }

    /// A table with its caption, a header row of `th scope="col"`, and each row's first cell a `th scope="row"`.
    private static func htmlTable(_ table: Table) -> [String] {
        var lines = ["<table>", "<caption>\(htmlText(table.caption))</caption>", "<thead>", "<tr>"]
        lines += table.columns.map { "<th scope=\"col\">\(htmlText($0))</th>" }
        lines += ["</tr>", "</thead>", "<tbody>"]
        for row in table.rows {
            let cells = row.enumerated().map { index, cell in
                if index == 0 { return "<th scope=\"row\">\(htmlText(cell))</th>" }
                // A date is never broken at its hyphens.
                return LocalDate(cell) == nil
                    ? "<td>\(htmlText(cell))</td>" : "<td class=\"date\">\(htmlText(cell))</td>"
            }
            lines.append("<tr>" + cells.joined() + "</tr>")
        }
        return lines + ["</tbody>", "</table>"]
    }

    /// `text` as HTML text: `& < > " '` as character references, control characters shown as symbols,
    /// noncharacters as U+FFFD, and line breaks as `<br>`.
    static func htmlText(_ text: String) -> String {
        let cleaned = SafeText.clean(text.trimmingCharacters(in: .whitespacesAndNewlines), keepNewlines: true)
        var out = ""
        for scalar in cleaned.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "<br>\n"
            default:
                let value = scalar.value
                let isNoncharacter = (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
                out.unicodeScalars.append(isNoncharacter ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }
}
