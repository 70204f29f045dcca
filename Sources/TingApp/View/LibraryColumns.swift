import DialogueKit
import TerminalKit

/// The library table's columns, narrowed or dropped to fit the width.
struct LibraryColumns {
    let title: Int
    let template: Int
    let phase: Int
    let progress = 6
    let gate = 8

    init(width: Int) {
        let room = width - 2
        template = room >= 72 ? 16 : 0
        phase = room >= 52 ? 13 : 0
        let used = [template, phase, progress, gate].filter { $0 > 0 }.reduce(0) { $0 + $1 + 1 }
        title = max(4, room - used)
    }

    func renderHeader(in row: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        cells(
            row, [s.columnTitle, s.columnTemplate, s.columnPhase, s.columnProgress, s.columnGate],
            style: Style(.header, bold: true), into: &buffer)
    }

    /// One row; the selection is marked by `>` as well as by colour.
    func render(
        _ entry: LibraryEntry, selected: Bool, today: LocalDate, openElsewhere: OpenElsewhere? = nil, in row: Rect,
        into buffer: inout ScreenBuffer
    ) {
        let s = UIStrings.swedish
        var style = Style(selected ? .selection : .normal)
        switch entry {
        case .dialogue(let d):
            if selected { buffer.fill(row, style: style) }
            var title = d.isReadOnly ? "\(d.title) [\(s.readOnly)]" : d.title
            if let openElsewhere { title += " · \(openElsewhere.text)" }
            let overdue = !d.overduePhases(today: today).isEmpty
            let phase = overdue ? "! \(d.currentPhase.defaultTitle)" : d.currentPhase.defaultTitle
            cells(
                row, [title, d.templateName, phase, "\(d.progress.percent) %", d.gate.shortWord],
                style: style, into: &buffer)
        case .damaged(let file):
            style = Style(selected ? .selection : .danger, bold: true)
            if selected { buffer.fill(row, style: style) }
            cells(row, ["⚠ \(s.damaged): \(file.fileName)", "", "", "", ""], style: style, into: &buffer)
        }
        if selected { buffer.write(">", at: Point(x: row.x, y: row.y), style: style) }
    }

    private func cells(_ row: Rect, _ texts: [String], style: Style, into buffer: inout ScreenBuffer) {
        var x = row.x + 2
        for (text, width) in zip(texts, [title, template, phase, progress, gate]) where width > 0 {
            buffer.write(TextWrap.truncate(text, width: width), at: Point(x: x, y: row.y), style: style, clip: row)
            x += width + 1
        }
    }
}
