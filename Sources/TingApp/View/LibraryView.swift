import DialogueKit
import Foundation
import TerminalKit

/// The library screen: every dialogue with its phase, the next thing due, progress and gate; damaged
/// files as such.
enum LibraryView {
    /// Draws the library; returns where the cursor goes.
    static func render(_ state: AppState, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let layout = LibraryLayout(size: state.size, library: state.library)
        let lib = state.library
        let damaged = lib.entries.count { if case .damaged = $0 { true } else { false } }
        var summary = s.count(lib.entries.count - damaged, s.dialogue, s.dialogues)
        if damaged > 0 { summary += " · \(s.count(damaged, s.damagedOne, s.damagedCount))" }
        TitleBar.render(left: "\(s.appName) · \(s.libraryTitle)", right: summary, in: layout.titleRow, into: &buffer)
        let columns = LibraryColumns(width: layout.headerRow.width)
        columns.renderHeader(in: layout.headerRow, into: &buffer)

        if lib.isListed && lib.entries.isEmpty {
            let text = "\(s.emptyLibrary)\n\n\(s.offerExample)\n\n\(s.filesLiveIn) \(state.libraryPath)"
            buffer.writeWrapped(text, in: layout.listRect.inset(top: 1, left: 2, right: 2), style: Style())
        }
        let visible = lib.entries.dropFirst(lib.scroll).prefix(layout.listRect.height)
        for (offset, entry) in visible.enumerated() {
            let index = lib.scroll + offset
            let row = Rect(x: layout.listRect.x, y: layout.listRect.y + offset, width: layout.listRect.width, height: 1)
            columns.render(
                entry, selected: index == lib.selected, today: state.today,
                openElsewhere: lib.openElsewhere[entry.stem], in: row, into: &buffer)
        }
        renderDetail(
            lib.selectedEntry, calendar: state.calendar, today: state.today,
            openElsewhere: lib.selectedEntry.flatMap { lib.openElsewhere[$0.stem] }, in: layout.detailRect,
            into: &buffer)
        StatusView.render(
            state.status, fallback: "\(s.filesLiveIn) \(state.libraryPath)", in: layout.statusRow, into: &buffer)

        switch lib.mode {
        case .browsing: return nil
        case .creating(let form): return NewDialogueView.render(form, templates: state.templates, into: &buffer)
        case .confirmingExample:
            Overlay.render(
                title: s.confirmExampleTitle, lines: [s.confirmExampleBody, "", s.yesNo], in: Rect(state.size),
                into: &buffer)
            return nil
        case .confirmingDelete(_, let title):
            Overlay.render(
                title: s.confirmDeleteTitle, lines: [title, "", s.confirmDeleteBody, "", s.yesNo],
                in: Rect(state.size), into: &buffer)
            return nil
        case .trash(let list):
            TrashView.render(list, timeZone: state.calendar.timeZone, into: &buffer)
            return nil
        }
    }

    private static func renderDetail(
        _ entry: LibraryEntry?, calendar: Calendar, today: LocalDate, openElsewhere: OpenElsewhere?, in rect: Rect,
        into buffer: inout ScreenBuffer
    ) {
        guard rect.height > 0, let entry else { return }
        let s = UIStrings.swedish
        buffer.drawHLine(y: rect.y, x: rect.x, width: rect.width, style: Style(.border))
        let line = rect.inset(top: 1, left: 1, right: 1)
        switch entry {
        case .dialogue(let d):
            let changed = LocalDate(d.modifiedAt, calendar: calendar)
            var text = "\(s.file): \(d.stem).json · \(s.changed) \(changed)"
            if let openElsewhere { text = "\(openElsewhere.text) · \(text)" }
            if d.isReadOnly { text += " · \(s.readOnly)" }
            let overdue = d.overduePhases(today: today)
            if !overdue.isEmpty {
                text += " · \(s.overdue): \(overdue.map(\.defaultTitle).joined(separator: ", "))"
            }
            buffer.write(
                TextWrap.truncate(text, width: line.width), at: Point(x: line.x, y: line.y),
                style: Style(.muted))
            let due = d.due.sorted(by: DueItem.listedBefore)
            if let detail = s.dueDetail(due, today: today), line.height > 1 {
                let overdue = due.first?.isOverdue(today: today) == true
                buffer.write(
                    TextWrap.truncate(detail, width: line.width), at: Point(x: line.x, y: line.y + 1),
                    style: Style(overdue ? .warning : .muted))
            }
        case .damaged(let file):
            buffer.writeWrapped("⚠ \(file.reason)", in: line, style: Style(.danger))
        }
    }
}
