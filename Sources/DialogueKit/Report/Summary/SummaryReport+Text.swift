extension SummaryReport {
    /// The report as plain lines of at most `width` characters, for a preview in the terminal: headings
    /// underlined (`=` for the title, `-` for a section), a table as one entry per row with its columns as
    /// `label: value` lines, so it reads at any width. Not escaped for a terminal; the caller does that.
    public func text(width: Int) -> [String] {
        let width = max(width, 24)
        var lines = PlainTextWrapper.wrap(title, width: width)
        lines.append(String(repeating: "=", count: min(width, max(1, lines.map(\.count).max() ?? 1))))
        for field in metadata {
            lines += PlainTextWrapper.block(field.value, firstPrefix: field.label + ": ", width: width)
        }
        for section in sections {
            lines += Self.textLines(section, level: 2, width: width)
        }
        return lines
    }

    private static func textLines(_ section: Section, level: Int, width: Int) -> [String] {
        let heading = PlainTextWrapper.wrap(section.heading, width: width)
        var lines = [""] + heading
        if level == 2 { lines.append(String(repeating: "-", count: heading.map(\.count).max() ?? 1)) }
        for block in section.blocks {
            lines.append("")
            switch block {
            case .paragraph(let text):
                lines += PlainTextWrapper.wrap(text, width: width)
            case .bullets(let entries):
                lines += entries.flatMap { PlainTextWrapper.block($0, firstPrefix: "- ", width: width) }
            case .table(let table):
                lines += PlainTextWrapper.wrap(table.caption + ":", width: width)
                for row in table.rows {
                    lines += PlainTextWrapper.block(row.first ?? "", firstPrefix: "  ", width: width)
                    for (column, cell) in zip(table.columns, row).dropFirst() where !cell.isEmpty {
                        lines += PlainTextWrapper.block(cell, firstPrefix: "    \(column): ", width: width)
                    }
                }
            }
        }
        return lines + section.subsections.flatMap { textLines($0, level: level + 1, width: width) }
    }
}
