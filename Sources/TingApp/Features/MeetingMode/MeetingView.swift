import DialogueKit
import Foundation
import TerminalKit
import TextSafety

/// Draws meeting mode over the whole screen: title and clock, the agenda with the time left on the
/// current point (in words and sign, not only colour), the checklist, attendance, the last inputs and
/// the capture line. Only what shows is laid out: the last inputs are found from the end of the register.
enum MeetingView {
    /// Draws the meeting; returns where the cursor goes (on the capture line, or in its prompt).
    static func render(_ meeting: MeetingState, context: PanelContext, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let (dialogue, now, calendar) = (context.dialogue, context.now, context.calendar)
        let layout = MeetingLayout(size: context.screen)
        let activity = dialogue.activity(meeting.activity)
        TitleBar.render(
            left: SafeText.clean(
                [s.meetingTitle, activity?.title ?? meeting.activity, activity.map(when) ?? ""]
                    .filter { !$0.isEmpty }.joined(separator: " · ")),
            right: ClockTime(now, calendar: calendar).description, in: layout.titleRow, into: &buffer)
        guard let activity else {
            buffer.write(s.meetingActivityGone, at: Point(x: 1, y: layout.agenda.y), style: Style(.danger, bold: true))
            return nil
        }
        renderAgenda(activity, clock: meeting.clock, now: now, layout: layout, into: &buffer)
        renderChecklist(meeting, activity: activity, dialogue: dialogue, in: layout.checklist, into: &buffer)
        renderAttendance(meeting, activity: activity, dialogue: dialogue, layout: layout, into: &buffer)
        if case .group(let choice) = meeting.prompt {
            renderGroupChoice(choice, dialogue: dialogue, in: layout.inputs, into: &buffer)
        } else {
            renderInputs(meeting, dialogue: dialogue, calendar: calendar, in: layout.inputs, into: &buffer)
        }
        return renderCapture(meeting, dialogue: dialogue, layout: layout, into: &buffer)
    }

    /// "2027-01-15 18:00–21:00, Biblioteket": when and where, as far as the activity says.
    private static func when(_ activity: Activity) -> String {
        let date = [activity.date?.description, activity.timeText].compactMap { $0 }.filter { !$0.isEmpty }
        return ([date.joined(separator: " ")] + [activity.place]).filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A heading, with the focus mark when ↑↓ move in its list.
    private static func heading(_ text: String, focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let mark = focused ? ListView.focusMarker : ""
        buffer.write(
            TextWrap.truncate(mark + text, width: rect.width), at: Point(x: rect.x, y: rect.y),
            style: Style(.header, bold: true), clip: rect)
    }

    // MARK: - Agenda

    private static func renderAgenda(
        _ activity: Activity, clock: AgendaClock, now: Date, layout: MeetingLayout, into buffer: inout ScreenBuffer
    ) {
        let s = UIStrings.swedish
        let rect = layout.agenda
        guard !rect.isEmpty else { return }
        let agenda = activity.agenda
        let current = agenda.indices.contains(clock.point) ? agenda[clock.point] : nil
        let timeText =
            current.map { point in
                clock.secondsLeft(minutes: point.minutes, now: now).map(s.timeLeft)
                    ?? s.timeElapsed(clock.secondsElapsed(now: now))
            } ?? s.timeElapsed(clock.secondsElapsed(now: now))
        let isOver = (current.flatMap { clock.secondsLeft(minutes: $0.minutes, now: now) } ?? 0) < 0
        let timeStyle = Style(isOver ? .danger : .title, bold: true)
        guard layout.isWide else {
            // Two rows: the current point, then its time left and what comes next.
            let title =
                current.map { "▶ \(clock.point + 1)/\(agenda.count) \(SafeText.clean($0.title))" } ?? s.meetingNoAgenda
            buffer.write(
                TextWrap.truncate(title, width: rect.width), at: Point(x: rect.x, y: rect.y),
                style: Style(.title, bold: true), clip: rect)
            guard rect.height > 1 else { return }
            var line = timeText
            if agenda.indices.contains(clock.point + 1) {
                line += " · \(s.meetingNext): \(SafeText.clean(agenda[clock.point + 1].title))"
            }
            let timeWidth = DisplayWidth.of(timeText)
            buffer.write(TextWrap.truncate(line, width: rect.width), at: Point(x: rect.x, y: rect.y + 1), clip: rect)
            buffer.write(
                timeText, at: Point(x: rect.x, y: rect.y + 1), style: timeStyle,
                clip: rect.inset(right: rect.width - timeWidth))
            return
        }
        heading(
            "\(s.meetingAgenda)\(agenda.isEmpty ? "" : " (\(clock.point + 1) av \(agenda.count))")", focused: false,
            in: rect, into: &buffer)
        let body = rect.inset(top: 1)
        guard !agenda.isEmpty else {
            buffer.writeWrapped(s.meetingNoAgenda, in: body.splitTop(2).top, style: Style(.muted))
            if body.height > 2 {
                buffer.write(timeText, at: Point(x: body.x, y: body.y + 2), style: timeStyle, clip: body)
            }
            return
        }
        // The points around the current one; it takes two rows (its time left under it).
        let shown = max(1, body.height - 1)
        let first = max(0, min(clock.point - (shown - 1) / 2, agenda.count - shown))
        var y = body.y
        for index in first..<agenda.count where y < body.maxY {
            let point = agenda[index]
            let isCurrent = index == clock.point
            let mark = isCurrent ? "▶ " : index < clock.point ? "✓ " : "  "
            let minutes = point.minutes.map { "\($0) \(s.meetingMinutes)" } ?? ""
            let row = Rect(x: body.x, y: y, width: body.width, height: 1)
            let style = isCurrent ? Style(.title, bold: true) : Style(index < clock.point ? .muted : .normal)
            let titleWidth = row.width - DisplayWidth.of(minutes) - 1
            buffer.write(
                TextWrap.truncate("\(mark)\(index + 1)  \(SafeText.clean(point.title))", width: titleWidth),
                at: Point(x: row.x, y: y), style: style, clip: row)
            buffer.write(minutes, at: Point(x: row.maxX - DisplayWidth.of(minutes), y: y), style: style, clip: row)
            y += 1
            if isCurrent, y < body.maxY {
                let leader = point.leader.isEmpty ? "" : " · \(s.meetingLeader) \(SafeText.clean(point.leader))"
                let x = body.x + 5
                let width = buffer.write(timeText, at: Point(x: x, y: y), style: timeStyle, clip: body)
                buffer.write(
                    TextWrap.truncate(leader, width: max(0, body.maxX - x - width)), at: Point(x: x + width, y: y),
                    style: Style(.muted), clip: body)
                y += 1
            }
        }
    }

    // MARK: - Checklist and attendance

    private static func renderChecklist(
        _ meeting: MeetingState, activity: Activity, dialogue: Dialogue, in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        let s = UIStrings.swedish
        guard !rect.isEmpty else { return }
        let rows = MeetingChecklistRow.rows(of: activity, in: dialogue)
        let done = rows.filter(\.isDone).count
        heading(
            "\(s.meetingChecklist) (\(done) av \(rows.count))", focused: meeting.sideWithArrows == .checklist, in: rect,
            into: &buffer)
        let body = rect.inset(top: 1)
        guard !rows.isEmpty else {
            buffer.write(s.meetingNothingToTick, at: Point(x: body.x, y: body.y), style: Style(.muted), clip: body)
            return
        }
        ListView.render(count: rows.count, selection: meeting.checklist, in: body, into: &buffer) {
            index, line, style, buffer in
            let row = rows[index]
            let box = row.isDone ? "[x] " : "[ ] "
            let rowStyle = row.isDone && style.role != .selection ? Style(.checked) : style
            buffer.write(
                TextWrap.truncate(box + SafeText.clean(row.text), width: line.width), at: Point(x: line.x, y: line.y),
                style: rowStyle, clip: line)
        }
    }

    private static func renderAttendance(
        _ meeting: MeetingState, activity: Activity, dialogue: Dialogue, layout: MeetingLayout,
        into buffer: inout ScreenBuffer
    ) {
        let s = UIStrings.swedish
        let rect = layout.attendance
        guard !rect.isEmpty else { return }
        let counts = MeetingState.attendanceCounts(in: dialogue)
        func name(_ count: AttendanceCount) -> String {
            guard case .group(let id) = count else { return s.meetingTotal }
            return SafeText.clean(dialogue.planning.targetGroups.first { $0.id == id }?.name ?? id)
        }
        func value(_ count: AttendanceCount) -> String { activity.attendance[count].map(String.init) ?? "–" }
        let focused = meeting.sideWithArrows == .attendance
        guard layout.isWide else {
            // One row: the total, and the selected group's count beside it.
            var line = "\(s.meetingAttendance): \(s.meetingTotal) \(value(.total))"
            let selected =
                counts.indices.contains(meeting.attendance.selected) ? counts[meeting.attendance.selected] : .total
            if selected != .total { line += " · ‹\(name(selected)) \(value(selected))›" }
            heading(line, focused: focused, in: rect, into: &buffer)
            return
        }
        heading(s.meetingAttendance, focused: focused, in: rect, into: &buffer)
        ListView.render(count: counts.count, selection: meeting.attendance, in: rect.inset(top: 1), into: &buffer) {
            index, line, style, buffer in
            let number = value(counts[index])
            let width = DisplayWidth.of(number)
            buffer.write(
                TextWrap.truncate(name(counts[index]), width: line.width - width - 2), at: Point(x: line.x, y: line.y),
                style: style, clip: line)
            buffer.write(
                number, at: Point(x: line.maxX - width, y: line.y), style: Style(style.role, bold: true), clip: line)
        }
    }

    // MARK: - Inputs and the capture line

    private static func renderInputs(
        _ meeting: MeetingState, dialogue: Dialogue, calendar: Calendar, in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        let s = UIStrings.swedish
        guard !rect.isEmpty else { return }
        let body = rect.inset(top: 1)
        // From the end of the register: as many of this activity's inputs as there are rows, newest last.
        var recent: [Input] = []
        var total = 0
        for input in dialogue.inputs.reversed() where input.activity == meeting.activity {
            total += 1
            if recent.count < body.height { recent.append(input) }
        }
        heading("\(s.meetingInputs) (\(total))", focused: false, in: rect, into: &buffer)
        guard !recent.isEmpty else {
            buffer.writeWrapped(s.meetingNoInputs, in: body, style: Style(.muted))
            return
        }
        let categoryWidth = min(24, max(10, body.width / 4))
        for (offset, input) in recent.reversed().enumerated() {
            let y = body.maxY - recent.count + offset
            let row = Rect(x: body.x, y: y, width: body.width, height: 1)
            let category = input.category.map { dialogue.inputCategory($0)?.title ?? $0 }
            let time = ClockTime(input.capturedAt, calendar: calendar).description
            var text = SafeText.clean(input.text)
            if !input.tags.isEmpty { text += "  " + input.tags.map { "#" + SafeText.clean($0) }.joined(separator: " ") }
            if let group = input.group {
                text += " · " + SafeText.clean(dialogue.planning.targetGroups.first { $0.id == group }?.name ?? group)
            }
            buffer.write(time, at: Point(x: row.x, y: y), style: Style(.muted), clip: row)
            let textWidth = row.width - 7 - categoryWidth - 1
            buffer.write(TextWrap.truncate(text, width: textWidth), at: Point(x: row.x + 7, y: y), clip: row)
            let label = TextWrap.truncate(
                category.map { SafeText.clean($0) } ?? s.meetingNoCategory, width: categoryWidth)
            buffer.write(
                label, at: Point(x: row.maxX - DisplayWidth.of(label), y: y),
                style: category == nil ? Style(.muted) : Style(.header), clip: row)
        }
    }

    private static func renderGroupChoice(
        _ choice: TargetGroupChoice, dialogue: Dialogue, in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        let s = UIStrings.swedish
        guard !rect.isEmpty else { return }
        heading(s.meetingChooseGroup, focused: true, in: rect, into: &buffer)
        let rows = choice.rows(in: dialogue)
        ListView.render(count: rows.count, selection: choice.list, in: rect.inset(top: 1), into: &buffer) {
            index, line, style, buffer in
            let name = rows[index].map { SafeText.clean($0.name) } ?? s.meetingNoGroup
            buffer.write(
                TextWrap.truncate(name, width: line.width), at: Point(x: line.x, y: line.y), style: style, clip: line)
        }
    }

    /// The rule above the capture line (carrying the labels given to what is typed, or naming the input
    /// F2–F4 change), then the line or its prompt; returns the cursor.
    private static func renderCapture(
        _ meeting: MeetingState, dialogue: Dialogue, layout: MeetingLayout, into buffer: inout ScreenBuffer
    ) -> Point? {
        let s = UIStrings.swedish
        let rule = layout.capture.y - 1
        buffer.drawHLine(y: rule, x: 0, width: layout.capture.width, style: Style(.border))
        let labels =
            meeting.isTyping
            ? labelText(meeting.labels, dialogue: dialogue)
            : meeting.lastInput(in: dialogue).map { s.meetingLastInput($0.id) }
        if let labels, !labels.isEmpty {
            let text = " " + TextWrap.truncate(labels, width: max(0, layout.capture.width - 4)) + " "
            buffer.write(
                text, at: Point(x: max(0, layout.capture.maxX - DisplayWidth.of(text) - 1), y: rule),
                style: Style(.header, bold: true))
        }
        let (prompt, editor): (String, TextEditor) =
            switch meeting.prompt {
            case .tag(let editor): (s.meetingTagPrompt, editor)
            case .group(let choice): (s.meetingGroupPrompt, choice.filter)
            case nil: (s.meetingCapturePrompt, meeting.draft)
            }
        let row = layout.capture
        buffer.write(prompt, at: Point(x: row.x + 1, y: row.y), style: Style(.key, bold: true), clip: row)
        let x = row.x + 2 + DisplayWidth.of(prompt)
        return FormBox.field(
            editor, in: Rect(x: x, y: row.y, width: row.maxX - x - 1, height: row.height), into: &buffer)
    }

    /// "Teman · #trygghet · Unga 16–25": the labels given to what is typed.
    private static func labelText(_ labels: CaptureLabels, dialogue: Dialogue) -> String {
        var parts: [String] = []
        if let category = labels.category {
            parts.append(SafeText.clean(dialogue.inputCategory(category)?.title ?? category))
        }
        parts += labels.tags.map { "#" + SafeText.clean($0) }
        if let group = labels.group {
            parts.append(SafeText.clean(dialogue.planning.targetGroups.first { $0.id == group }?.name ?? group))
        }
        return parts.joined(separator: " · ")
    }
}
