import DialogueKit
import TerminalKit
import TextSafety

extension ActivitiesPanel {
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        let inner = area.inset(left: 1, right: 1)
        guard !inner.isEmpty else { return nil }
        let dialogue = context.dialogue
        guard let activity = openActivity(in: dialogue) else {
            renderList(
                dialogue, pastRetention: dialogue.contactsPastRetention(on: context.today).count, in: inner,
                into: &buffer)
            return renderEditing(nil, dialogue: dialogue, into: &buffer)
        }
        renderHeading(activity, in: inner, into: &buffer)
        let body = inner.inset(top: 3)
        switch section {
        case .details: renderDetails(activity, in: body, into: &buffer)
        case .agenda: renderAgenda(activity, in: body, into: &buffer)
        case .runSheet: renderRunSheet(activity, in: body, into: &buffer)
        case .attendance: renderAttendance(activity, dialogue: dialogue, in: body, into: &buffer)
        case .notes, .documentation, .organisations: renderLines(activity, in: body, into: &buffer)
        case .contacts: renderContacts(activity, context: context, in: body, into: &buffer)
        }
        return renderEditing(activity, dialogue: dialogue, into: &buffer)
    }

    /// The list of activities, those of Genomförande first, and a line about the selected one.
    private func renderList(_ dialogue: Dialogue, pastRetention: Int, in rect: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let activities = Self.ordered(dialogue)
        let here = activities.filter { $0.heldIn == .implementation }.count
        var heading = "\(s.activitiesHere(dialogue.title(of: .implementation))) (\(here))"
        if here < activities.count { heading += " · \(s.activitiesElsewhere) (\(activities.count - here))" }
        buffer.write(heading, at: Point(x: rect.x, y: rect.y), style: Style(.header, bold: true), clip: rect)
        let showsDigest = rect.height >= 8 && activities.indices.contains(list.selected)
        let purgeRows = pastRetention > 0 && rect.height >= 6 ? 2 : 0
        var (table, digest) = rect.inset(top: 1).splitBottom((showsDigest ? 3 : 0) + purgeRows)
        if purgeRows > 0 {
            buffer.write(
                UIStrings.swedish.contactsPastRetention(pastRetention), at: Point(x: digest.x + 2, y: digest.maxY - 1),
                style: Style(.warning), clip: digest)
            digest = digest.inset(bottom: purgeRows)
        }
        // A narrow terminal keeps the date and the title; the times, kind and status are in the activity.
        let isNarrow = table.width < 64
        let columns =
            isNarrow
            ? [Table.Column(s.columnDate, width: 11), Table.Column(s.columnActivity)]
            : [
                Table.Column(s.columnDate, width: 11), Table.Column(s.columnTime, width: 12),
                Table.Column(s.columnKind, width: 16), Table.Column(s.columnStatus, width: 10),
                Table.Column(s.columnActivity),
            ]
        Table.render(
            columns: columns, count: activities.count, selection: list, empty: s.noHeldActivities, in: table,
            into: &buffer
        ) { index in
            let activity = activities[index]
            var title = [activity.title, activity.place].filter { !$0.isEmpty }.joined(separator: " · ")
            if activity.heldIn != .implementation { title = "[\(dialogue.title(of: activity.heldIn))] \(title)" }
            let date = activity.date?.description ?? s.noDate
            guard !isNarrow else { return [date, title] }
            return [
                date, activity.timeText.isEmpty ? "–" : activity.timeText, ActivityDetailField.kind.text(of: activity),
                activity.status.title, title,
            ]
        }
        guard showsDigest else { return }
        let activity = activities[list.selected]
        let digestText = s.activityDigest(
            agenda: activity.agenda.count, done: activity.runSheet.filter(\.isDone).count,
            items: activity.runSheet.count, attendance: activity.attendance.total,
            notes: ActivitySection.notes.lines(of: activity).count, links: activity.documentation.count)
        buffer.writeWrapped(digestText, in: digest.inset(top: 1, left: 2), style: Style(.muted))
    }

    /// The open activity's title line and its row of sections, the one in front in brackets.
    private func renderHeading(_ activity: Activity, in rect: Rect, into buffer: inout ScreenBuffer) {
        let when = [activity.date?.description ?? "", activity.timeText].filter { !$0.isEmpty }
        let parts =
            [activity.title, ActivityDetailField.kind.text(of: activity), when.joined(separator: " ")]
            + [activity.place, activity.status.title]
        buffer.write(
            TextWrap.truncate(parts.filter { !$0.isEmpty }.joined(separator: " · "), width: rect.width),
            at: Point(x: rect.x, y: rect.y), style: Style(.header, bold: true), clip: rect)
        let row = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: min(1, max(0, rect.height - 1)))
        guard !row.isEmpty else { return }
        let text = Self.sectionRow(selected: section, width: row.width)
        buffer.fill(row, style: Style(.tabInactive))
        buffer.write(text, at: Point(x: row.x, y: row.y), style: Style(.tabInactive), clip: row)
        if let range = text.range(of: "[\(section.title)]") {
            let x = row.x + DisplayWidth.of(String(text[..<range.lowerBound]))
            buffer.write("[\(section.title)]", at: Point(x: x, y: row.y), style: Style(.tabActive), clip: row)
        }
    }

    /// The sections' names with the one in front in brackets; when they do not all fit, those nearest it
    /// with "…" for the rest, and on the narrowest screens only it, with its place among them.
    static func sectionRow(selected: ActivitySection, width: Int) -> String {
        let all = ActivitySection.allCases
        var (first, last) = (0, all.count - 1)
        func text() -> String {
            let names = all[first...last].map { $0 == selected ? "[\($0.title)]" : $0.title }.joined(separator: " ")
            return (first > 0 ? "… " : "") + names + (last < all.count - 1 ? " …" : "")
        }
        while DisplayWidth.of(text()) > width, first < last {
            if selected.rawValue - first > last - selected.rawValue { first += 1 } else { last -= 1 }
        }
        guard DisplayWidth.of(text()) > width else { return text() }
        return "‹ \(selected.title) (\(selected.rawValue + 1)/\(all.count)) ›"
    }

    /// Uppgifter: one row per field, label and value.
    private func renderDetails(_ activity: Activity, in rect: Rect, into buffer: inout ScreenBuffer) {
        let fields = ActivityDetailField.allCases
        let labelWidth = (fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
        ListView.render(count: fields.count, selection: rows, in: rect, into: &buffer) { index, line, style, buffer in
            let field = fields[index]
            let value = field.text(of: activity)
            buffer.write(field.label, at: Point(x: line.x, y: line.y), style: Style(style.role, bold: true), clip: line)
            let shown = field.isChoice ? "‹ \(value.isEmpty ? "–" : value) ›" : (value.isEmpty ? "–" : value)
            let valueRect = line.inset(left: labelWidth)
            buffer.write(
                TextWrap.truncate(SafeText.clean(shown), width: valueRect.width), at: Point(x: valueRect.x, y: line.y),
                style: style, clip: valueRect)
        }
    }

    /// Agenda: the points with their minutes and leader, and the sentence comparing their length with the activity's.
    private func renderAgenda(_ activity: Activity, in rect: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let timing = AgendaTiming(activity)
        // The sentence on the agenda's length stays on screen however low the terminal is.
        let (table, footer) = rect.splitBottom(rect.height >= 6 ? 2 : min(1, rect.height))
        Table.render(
            columns: [
                Table.Column("#", width: 4), Table.Column(AgendaField.title.label),
                Table.Column(AgendaField.minutes.label, width: 9), Table.Column(AgendaField.leader.label, width: 20),
            ], count: activity.agenda.count, selection: rows, empty: s.noAgenda, in: table, into: &buffer
        ) { index in
            let point = activity.agenda[index]
            return ["\(index + 1).", point.title, point.minutes.map { "\($0) \(s.minutesShort)" } ?? "–", point.leader]
        }
        guard !footer.isEmpty, !activity.agenda.isEmpty else { return }
        let text = timing.overruns ? "! \(timing.text)" : timing.text
        buffer.writeWrapped(
            text, in: footer.inset(top: footer.height - 1, left: 2), style: Style(timing.overruns ? .warning : .muted))
    }

    /// Checklista: each item with its box, and how many are done.
    private func renderRunSheet(_ activity: Activity, in rect: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let items = activity.runSheet
        guard !items.isEmpty else {
            buffer.writeWrapped(s.noRunSheet, in: rect.inset(left: 2), style: Style(.muted))
            return
        }
        let (list, footer) = rect.splitBottom(rect.height >= 4 ? 2 : 0)
        ListView.render(count: items.count, selection: rows, in: list, into: &buffer) { index, line, style, buffer in
            let item = items[index]
            buffer.write(
                TextWrap.truncate("\(item.isDone ? "[x]" : "[ ]") \(SafeText.clean(item.text))", width: line.width),
                at: Point(x: line.x, y: line.y), style: style, clip: line)
        }
        guard !footer.isEmpty else { return }
        buffer.write(
            s.runSheetDone(items.filter(\.isDone).count, of: items.count), at: Point(x: footer.x + 2, y: footer.y + 1),
            style: Style(.muted), clip: footer)
    }

    /// Närvaro: the total, each target group, age band and gender with its count, and what the groups add up to.
    private func renderAttendance(
        _ activity: Activity, dialogue: Dialogue, in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        let s = UIStrings.swedish
        let counts = AttendanceRow.rows(for: activity, in: dialogue)
        let (table, footer) = rect.splitBottom(rect.height >= 6 ? 3 : 0)
        Table.render(
            columns: [Table.Column(s.attendanceCounted, width: 44), Table.Column(s.attendanceCount)],
            count: counts.count, selection: rows, empty: "", in: table, into: &buffer
        ) { index in
            [counts[index].label, activity.attendance[counts[index].count].map(String.init) ?? s.notCounted]
        }
        guard !footer.isEmpty else { return }
        let sum = activity.attendance.byGroup.values.reduce(0, +)
        buffer.writeWrapped(
            "\(s.groupsSum(sum, of: activity.attendance.total))\n\(s.attendanceNote)",
            in: footer.inset(top: 1, left: 2),
            style: Style(.muted))
    }

    /// Kontakter: the contacts collected at the activity, each with its purpose and date, and the offer to
    /// purge those past it.
    private func renderContacts(
        _ activity: Activity, context: PanelContext, in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        let s = UIStrings.swedish
        let contacts = ActivitySection.contacts(of: activity, in: context.dialogue)
        let past = context.dialogue.contactsPastRetention(on: context.today).count
        let (list, footer) = rect.splitBottom(past > 0 && rect.height >= 4 ? 2 : 0)
        if contacts.isEmpty {
            buffer.writeWrapped(s.noContacts, in: list.inset(left: 2), style: Style(.muted))
        }
        ListView.render(count: contacts.count, selection: rows, in: list, into: &buffer) { index, line, style, buffer in
            let contact = contacts[index]
            let mark = contact.isPastRetention(on: context.today) ? "! " : ""
            buffer.write(
                TextWrap.truncate(SafeText.clean(mark + s.contactRow(contact)), width: line.width),
                at: Point(x: line.x, y: line.y), style: style, clip: line)
        }
        guard !footer.isEmpty else { return }
        buffer.write(
            s.contactsPastRetention(past), at: Point(x: footer.x + 2, y: footer.y + 1), style: Style(.warning),
            clip: footer)
    }

    /// Anteckningar, Dokumentation, Organisationer: one row per paragraph, link or organisation.
    private func renderLines(_ activity: Activity, in rect: Rect, into buffer: inout ScreenBuffer) {
        let lines = section.lines(of: activity)
        guard !lines.isEmpty else {
            buffer.writeWrapped(section.emptyText, in: rect.inset(left: 2), style: Style(.muted))
            return
        }
        ListView.render(count: lines.count, selection: rows, in: rect, into: &buffer) { index, line, style, buffer in
            buffer.write(
                TextWrap.truncate(SafeText.clean(lines[index]), width: line.width), at: Point(x: line.x, y: line.y),
                style: style, clip: line)
        }
    }

    /// The box in front while something is typed, chosen or asked; returns where the cursor goes.
    private func renderEditing(_ activity: Activity?, dialogue: Dialogue, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        switch editing {
        case nil: return nil
        case .newActivity(let editor): return Self.renderField(s.newActivityTitle, editor, into: &buffer)
        case .detail(let field, let editor): return Self.renderField(field.label, editor, into: &buffer)
        case .count(let count, let editor):
            let label = activity.flatMap { activity in
                AttendanceRow.rows(for: activity, in: dialogue).first { $0.count == count }?.label
            }
            return Self.renderField(label ?? s.attendanceCount, editor, into: &buffer)
        case .line(_, let editor): return Self.renderField(section.title, editor, into: &buffer)
        case .agendaPoint(let id, let form):
            let point = activity?.agenda.first { $0.id == id }
            let inner = FormBox.open(
                title: id == nil ? s.newAgendaPoint : s.agendaPointForm, width: 70,
                height: AgendaField.allCases.count * 2 + 2, on: buffer.size, into: &buffer)
            guard !inner.isEmpty else { return nil }
            return FormBox.rows(
                labels: AgendaField.allCases.map(\.label),
                values: AgendaField.allCases.map { field in
                    point.map(field.text(of:)).flatMap { $0.isEmpty ? nil : $0 } ?? "–"
                },
                selected: form.index, editor: form.editor, in: inner, into: &buffer)
        case .kind(let pick):
            guard let activity else { return nil }
            let options = ActivityKindChoice.options(for: activity, in: dialogue)
            let inner = FormBox.open(
                title: s.chooseKind, width: 70, height: options.count + 2, on: buffer.size, into: &buffer)
            Picker.render(options.map(\.text), selected: pick.selected, in: inner, into: &buffer)
            return nil
        case .contact(let draft, let form):
            let fields = ContactField.allCases
            let inner = FormBox.open(
                title: s.contactFormTitle, width: 76, height: fields.count * 2 + 4, on: buffer.size, into: &buffer)
            guard !inner.isEmpty else { return nil }
            let (rows, note) = inner.splitBottom(inner.height > fields.count * 2 ? 2 : 0)
            if !note.isEmpty {
                buffer.write(
                    draft.savedID == nil ? s.contactNotSavedYet : s.contactSaved,
                    at: Point(x: note.x, y: note.maxY - 1),
                    style: Style(.overlay), clip: note)
            }
            return FormBox.rows(
                labels: fields.map(\.label),
                values: fields.map { field in
                    let value = field.text(of: draft)
                    let shown = value.isEmpty ? "–" : value
                    return field.isChoice ? "‹ \(shown) ›" : shown
                }, selected: form.index, editor: form.editor, in: rows, into: &buffer)
        case .confirmingPurge(let count):
            Overlay.render(title: s.confirmPurge(count), lines: ["", s.yesNo], in: Rect(buffer.size), into: &buffer)
            return nil
        case .confirmingRemoval(let index):
            let shown = activity.map { activity in
                let rows: [String] =
                    switch section {
                    case .agenda: activity.agenda.map(\.title)
                    case .contacts: ActivitySection.contacts(of: activity, in: dialogue).map(s.contactRow)
                    default: section.lines(of: activity)
                    }
                return rows.indices.contains(index) ? rows[index] : ""
            }
            Overlay.render(
                title: section.removalQuestion, lines: [shown ?? "", "", s.yesNo], in: Rect(buffer.size), into: &buffer)
            return nil
        }
    }

    /// A box with one text field titled `title`, for a value typed on its own.
    private static func renderField(_ title: String, _ editor: TextEditor, into buffer: inout ScreenBuffer) -> Point? {
        let inner = FormBox.open(title: title, width: 70, height: 5, on: buffer.size, into: &buffer)
        guard !inner.isEmpty else { return nil }
        return FormBox.field(editor, in: inner.inset(top: 1), into: &buffer)
    }
}
