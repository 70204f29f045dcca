import DialogueKit
import TerminalKit

/// The Tidplan panel: start and end date per phase (from the checklist's date items), the dated
/// activities, and the schedule's warnings in words. Only the rows on screen are drawn.
enum SchedulePanelView {
    private static let gutter = 2
    private static let phaseWidth = 16
    private static let dateWidth = 13
    /// Rows the warnings take at most, heading included.
    private static let maxWarningRows = 5

    static func render(_ d: DialogueScreenState, state: AppState, in area: Rect, into buffer: inout ScreenBuffer)
        -> Point?
    {
        guard !area.isEmpty else { return nil }
        let s = UIStrings.swedish
        let dialogue = d.dialogue
        let warnings = dialogue.scheduleWarnings(today: nil).map { "! \($0.text)" }
        var rest = area
        var warningRect = Rect(x: area.x, y: area.maxY, width: area.width, height: 0)
        if !warnings.isEmpty && area.height >= 10 {
            let lines = warnings.flatMap { TextWrap.wrap($0, width: max(1, area.width - gutter)) }
            (rest, warningRect) = area.splitBottom(min(maxWarningRows, lines.count + 1))
        }
        var cursor = renderPhases(d, today: state.today, in: rest, into: &buffer)
        renderActivities(d, in: rest.inset(top: Phase.allCases.count + 2), into: &buffer)
        if !warningRect.isEmpty {
            buffer.write(
                s.warningsHeading, at: Point(x: warningRect.x + gutter, y: warningRect.y),
                style: Style(.warning, bold: true), clip: warningRect)
            buffer.writeWrapped(
                warnings.joined(separator: "\n"), in: warningRect.inset(top: 1, left: gutter), style: Style(.warning))
        }
        switch d.schedule.mode {
        case .browsing, .editingDate: break
        case .activity(let form): cursor = ActivityFormView.render(form, dialogue: dialogue, into: &buffer)
        case .confirmingDelete(let id):
            let title = dialogue.planning.activities.first { $0.id == id }?.title ?? id
            Overlay.render(
                title: s.confirmDeleteActivity, lines: [title, "", s.yesNo], in: Rect(state.size), into: &buffer)
            cursor = nil
        }
        return cursor
    }

    /// The heading and one row per phase; returns the cursor while a date is typed.
    private static func renderPhases(
        _ d: DialogueScreenState, today: LocalDate, in rect: Rect, into buffer: inout ScreenBuffer
    ) -> Point? {
        let s = UIStrings.swedish
        let header = Style(.header, bold: true)
        let x = rect.x + gutter
        buffer.write(s.phase, at: Point(x: x, y: rect.y), style: header, clip: rect)
        buffer.write(s.scheduleStart, at: Point(x: x + phaseWidth + 1, y: rect.y), style: header, clip: rect)
        buffer.write(s.scheduleEnd, at: Point(x: x + phaseWidth + dateWidth + 1, y: rect.y), style: header, clip: rect)
        let overdue = d.dialogue.overduePhases(today: today)
        var cursor: Point?
        for (row, phase) in Phase.allCases.enumerated() {
            let y = rect.y + 1 + row
            guard y < rect.maxY else { break }
            let isSelected = d.schedule.selected == row
            let style = Style(isSelected ? .selection : .normal)
            let line = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            if isSelected {
                buffer.fill(line, style: style)
                buffer.write(">", at: Point(x: rect.x, y: y), style: style, clip: line)
            }
            buffer.write(
                TextWrap.truncate(d.dialogue.title(of: phase), width: phaseWidth), at: Point(x: x, y: y),
                style: style, clip: line)
            let dates = d.dialogue.schedule(of: phase)
            for (column, bound) in [ScheduleSlot.Bound.start, .end].enumerated() {
                let cellX = x + phaseWidth + column * dateWidth
                let date = bound == .start ? dates.start : dates.end
                let isCell = isSelected && d.schedule.bound == bound
                let cellStyle = isCell ? Style(.selection, bold: true) : style
                if isCell, case .editingDate(_, let editor) = d.schedule.mode {
                    // The brackets stay while the date is typed, around a field as wide as a date.
                    buffer.write("[", at: Point(x: cellX, y: y), style: cellStyle, clip: line)
                    let width = min(SchedulePanelState.dateLength + 1, line.maxX - cellX - 1)
                    let field = Rect(x: cellX + 1, y: y, width: max(0, width), height: 1)
                    cursor = FormBox.field(editor, in: field, into: &buffer)
                    buffer.write("]", at: Point(x: field.maxX, y: y), style: cellStyle, clip: line)
                    continue
                }
                let text = date?.description ?? s.dateNotSet
                buffer.write(
                    isCell ? "[\(text)]" : " \(text) ", at: Point(x: cellX, y: y), style: cellStyle, clip: line)
            }
            if overdue.contains(phase) {
                buffer.write(
                    s.overdue, at: Point(x: x + phaseWidth + 2 * dateWidth + 1, y: y),
                    style: Style(isSelected ? .selection : .warning), clip: line)
            }
        }
        return cursor
    }

    /// The activities heading and one line per activity, scrolled to keep the selection visible.
    private static func renderActivities(_ d: DialogueScreenState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let s = UIStrings.swedish
        let activities = d.dialogue.planning.activities
        buffer.write(
            "\(s.activitiesHeading) (\(activities.count))", at: Point(x: rect.x + gutter, y: rect.y),
            style: Style(.header, bold: true), clip: rect)
        let list = rect.inset(top: 1)
        guard !list.isEmpty else { return }
        guard !activities.isEmpty else {
            buffer.writeWrapped(s.noActivities, in: list.inset(left: gutter), style: Style(.muted))
            return
        }
        let selected = d.schedule.activityIndex
        let first = max(0, (selected ?? 0) - list.height + 1)
        for (offset, activity) in activities[first...].prefix(list.height).enumerated() {
            let y = list.y + offset
            let isSelected = first + offset == selected
            let style = Style(isSelected ? .selection : .normal)
            let line = Rect(x: list.x, y: y, width: list.width, height: 1)
            if isSelected {
                buffer.fill(line, style: style)
                buffer.write(">", at: Point(x: list.x, y: y), style: style, clip: line)
            }
            buffer.write(
                TextWrap.truncate(summary(activity, in: d.dialogue), width: max(0, list.width - gutter)),
                at: Point(x: list.x + gutter, y: y), style: style, clip: line)
        }
    }

    /// "2026-03-15 18.00 Dialogmöte · Folkets hus · Workshop · 30 deltagare", with the phase in
    /// brackets when it is not Genomförande.
    private static func summary(_ activity: Activity, in dialogue: Dialogue) -> String {
        let s = UIStrings.swedish
        let when = [activity.date?.description ?? s.noDate, activity.timeText].filter { !$0.isEmpty }
        var parts = [activity.title, activity.place, activity.method].filter { !$0.isEmpty }
        if let phase = activity.phase, phase != .implementation {
            parts.insert("[\(dialogue.title(of: phase))]", at: 1)
        }
        if let count = activity.expectedParticipants { parts.append("\(count) \(s.activityParticipantsSuffix)") }
        return when.joined(separator: " ") + "  " + parts.joined(separator: " · ")
    }
}
