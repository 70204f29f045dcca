import DialogueKit
import TerminalKit

/// The library table's columns, narrowed or dropped to fit the width.
struct LibraryColumns {
    let title: Int
    let template: Int
    let phase: Int
    /// The next thing due, with its date: wider where there is room, dropped on a narrow screen.
    let nextDue: Int
    let progress = 6
    let gate = 8

    init(width: Int) {
        let room = width - 2
        template = room >= 100 ? 16 : 0
        phase = room >= 52 ? 13 : 0
        nextDue = room >= 100 ? 32 : room >= 64 ? 22 : 0
        let used = [template, phase, nextDue, progress, gate].filter { $0 > 0 }.reduce(0) { $0 + $1 + 1 }
        title = max(4, room - used)
    }

    func renderHeader(in row: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        cells(
            row, [s.columnTitle, s.columnTemplate, s.columnPhase, s.columnNextDue, s.columnProgress, s.columnGate],
            style: Style(.header, bold: true), into: &buffer)
    }

    /// One row; the selection is marked by `>` as well as by colour, and what is overdue by `!` as well
    /// as by the warning colour.
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
            let phase = overdue ? "\(s.overdueSign) \(d.currentPhase.defaultTitle)" : d.currentPhase.defaultTitle
            let next = d.nextDue
            cells(
                row,
                [
                    title, d.templateName, phase, next.map { s.dueCell($0, today: today) } ?? "",
                    "\(d.progress.percent) %", d.gate.shortWord,
                ],
                style: style, into: &buffer)
            if let next, next.isOverdue(today: today), !selected, nextDue > 0 {
                cell(s.dueCell(next, today: today), column: 3, in: row, style: Style(.warning), into: &buffer)
            }
        case .damaged(let file):
            style = Style(selected ? .selection : .danger, bold: true)
            if selected { buffer.fill(row, style: style) }
            cells(row, ["⚠ \(s.damaged): \(file.fileName)"], style: style, into: &buffer)
        }
        if selected { buffer.write(">", at: Point(x: row.x, y: row.y), style: style) }
    }

    /// The widths of the columns in order; a dropped column has width 0.
    private var widths: [Int] { [title, template, phase, nextDue, progress, gate] }

    private func cells(_ row: Rect, _ texts: [String], style: Style, into buffer: inout ScreenBuffer) {
        for column in texts.indices { cell(texts[column], column: column, in: row, style: style, into: &buffer) }
    }

    /// Writes one column's text, cut to its width; nothing when the column is dropped.
    private func cell(_ text: String, column: Int, in row: Rect, style: Style, into buffer: inout ScreenBuffer) {
        let widths = widths
        guard widths[column] > 0 else { return }
        let x = row.x + 2 + widths[..<column].filter { $0 > 0 }.reduce(0) { $0 + $1 + 1 }
        buffer.write(
            TextWrap.truncate(text, width: widths[column]), at: Point(x: x, y: row.y), style: style, clip: row)
    }
}
