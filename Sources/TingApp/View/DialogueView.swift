import DialogueKit
import TerminalKit
import TextSafety

/// The dialogue screen: header, gate banner, phase tabs, the phase's checklist,
/// guidance on demand, status and keys.
enum DialogueView {
    /// Draws the dialogue; returns where the cursor goes.
    static func render(_ d: DialogueScreenState, state: AppState, into buffer: inout ScreenBuffer) -> Point? {
        let layout = DialogueLayout(size: state.size, screen: d)
        var cursor: Point?
        if layout.panelCoversScreen {
            cursor = PanelView.render(d, state: state, in: layout.panelRect, into: &buffer)
        } else {
            cursor = renderScreen(d, layout: layout, state: state, into: &buffer)
        }
        StatusView.render(state.status, fallback: fallbackStatus(d), in: layout.statusRow, into: &buffer)
        cursor = renderMode(d, layout: layout, state: state, cursor: cursor, into: &buffer)
        if d.pendingConflict != nil { return renderConflict(d, state: state, into: &buffer) }
        return cursor
    }

    /// The title, info, banner, tabs, panel bar and the checklist or panel in front; returns the cursor.
    private static func renderScreen(
        _ d: DialogueScreenState, layout: DialogueLayout, state: AppState, into buffer: inout ScreenBuffer
    ) -> Point? {
        let s = UIStrings.swedish
        let dialogue = d.dialogue
        let progress = dialogue.progress
        TitleBar.render(
            left: "\(s.appName) · \(dialogue.title)",
            right: "\(progress.done)/\(progress.total) \(s.done)", in: layout.titleRow, into: &buffer)
        renderInfo(dialogue, in: layout.infoRect, into: &buffer)
        if let banner = DialogueLayout.bannerText(d), !layout.bannerRect.isEmpty {
            buffer.fill(layout.bannerRect, style: Style(.danger))
            let rect = layout.bannerRect.inset(left: 1, right: 1)
            for (row, line) in DialogueLayout.bannerLines(SafeText.clean(banner), width: rect.width).enumerated() {
                buffer.write(
                    line, at: Point(x: rect.x, y: rect.y + row), style: Style(.danger, bold: true), clip: rect)
            }
        }
        TabBar.render(
            titles: dialogue.phases.map(\.title), marks: tabMarks(dialogue, today: state.today),
            selected: d.phaseIndex, in: layout.tabRow, into: &buffer)
        if let panel = d.frontPanel {
            PanelBar.render(d.phasePanels, selected: panel, in: layout.panelRow, into: &buffer)
        }
        buffer.drawHLine(y: layout.separatorRow.y, x: 0, width: layout.separatorRow.width, style: Style(.border))
        renderFilterMark(d, on: layout.separatorRow, into: &buffer)

        var cursor: Point?
        if let panel = d.frontPanel, panel != .checklist {
            cursor = PanelView.render(d, state: state, in: layout.panelRect, into: &buffer)
        } else {
            cursor = ChecklistView.render(d, layout: layout.checklist, into: &buffer)
        }
        if d.showsGuidance { renderGuidance(d, in: layout.guidanceRect, into: &buffer) }
        return cursor
    }

    /// What the screen's mode draws over it (the filter line, a picker, a form, the history); returns the
    /// cursor, `cursor` unless the mode moves or hides it.
    private static func renderMode(
        _ d: DialogueScreenState, layout: DialogueLayout, state: AppState, cursor: Point?,
        into buffer: inout ScreenBuffer
    ) -> Point? {
        let s = UIStrings.swedish
        let dialogue = d.dialogue
        var cursor = cursor
        switch d.mode {
        case .browsing, .editingItem: break
        case .filtering(let editor):
            let row = layout.statusRow
            buffer.fill(row)
            buffer.write(s.filterPrompt, at: Point(x: row.x + 1, y: row.y), style: Style(.key, bold: true))
            let x = row.x + 1 + DisplayWidth.of(s.filterPrompt)
            cursor = FormBox.field(editor, in: Rect(x: x, y: row.y, width: row.maxX - x - 1, height: 1), into: &buffer)
        case .choosingMethods(let selected):
            cursor = nil
            MethodPickerView.render(
                state.rankedMethods(for: dialogue), dialogue: dialogue, selected: selected, into: &buffer)
        case .choosingLevel(_, let selected):
            cursor = nil
            LevelPickerView.render(levels: dialogue.levels, selected: selected, into: &buffer)
        case .details(let form):
            cursor = DetailsView.render(form, dialogue: dialogue, into: &buffer)
        case .history(let list):
            cursor = nil
            HistoryView.render(list, timeZone: state.calendar.timeZone, into: &buffer)
        case .choosingAssignee(let id, let selected):
            cursor = nil
            AssigneePickerView.render(
                item: dialogue.item(id), people: dialogue.planning.people, selected: selected, into: &buffer)
        case .reading(let viewer):
            cursor = nil
            TextViewerView.render(viewer, size: state.size, into: &buffer)
        }
        return cursor
    }

    /// A save that collided, over whatever is on screen; no cursor.
    private static func renderConflict(_ d: DialogueScreenState, state: AppState, into buffer: inout ScreenBuffer)
        -> Point?
    {
        let s = UIStrings.swedish
        guard let conflict = d.pendingConflict else { return nil }
        Overlay.render(
            title: s.conflictTitle, lines: conflict.places + ["", s.conflictNothingSaved, s.conflictKeys],
            in: Rect(state.size), into: &buffer)
        return nil
    }

    /// The signs after each phase tab's title, one meaning each: "✗" a gate answered nej, "?" a gate
    /// unanswered, "!" overdue (Återkoppling also when a feedback round is), "✓" every item dealt with, "(tom)"
    /// no items at all.
    static func tabMarks(_ dialogue: Dialogue, today: LocalDate) -> [String] {
        let s = UIStrings.swedish
        var overdue = dialogue.overduePhases(today: today)
        if !dialogue.overdueFeedback(today: today).isEmpty { overdue.append(.feedback) }
        return dialogue.phases.map { phase in
            guard !phase.items.isEmpty else { return s.emptyPhaseSign }
            let gates = phase.items.filter { $0.kind == .gate }
            var signs: [String] = []
            if gates.contains(where: { $0.answer == .no }) { signs.append(s.gateNoSign) }
            if gates.contains(where: { $0.answer == nil }) { signs.append(s.gateOpenSign) }
            if overdue.contains(phase.phase) { signs.append(s.overdueSign) }
            let progress = phase.progress
            return signs.isEmpty && progress.done == progress.total ? s.phaseDoneSign : signs.joined(separator: " ")
        }
    }

    /// An applied `/` filter, on the separator above the checklist: what it is, how many items it
    /// leaves, and how to clear it.
    private static func renderFilterMark(_ d: DialogueScreenState, on row: Rect, into buffer: inout ScreenBuffer) {
        guard !d.filter.isEmpty, d.panel == .checklist, row.width > 4 else { return }
        if case .filtering = d.mode { return }
        let s = UIStrings.swedish
        let mark = " \(s.filterMark(d.filter, shown: d.visibleItems.count, of: d.phase.items.count)) "
        buffer.write(
            TextWrap.truncate(mark, width: row.width - 2), at: Point(x: row.x + 1, y: row.y),
            style: Style(.key, bold: true), clip: row)
    }

    private static func renderInfo(_ dialogue: Dialogue, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height >= 2 else { return }
        let s = UIStrings.swedish
        let question = dialogue.question.isEmpty ? "–" : dialogue.question
        let level = dialogue.influenceLevel?.name ?? s.noLevel
        let lines = [
            "\(s.question): \(question)",
            "\(s.level): \(level) · \(s.template): \(dialogue.template.source.citation)",
        ]
        for (i, line) in lines.enumerated() {
            buffer.write(
                TextWrap.truncate(line, width: rect.width - 2), at: Point(x: rect.x + 1, y: rect.y + i),
                style: Style(i == 0 ? .normal : .muted))
        }
    }

    private static func renderGuidance(_ d: DialogueScreenState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height >= 3 else { return }
        let s = UIStrings.swedish
        buffer.drawBox(rect, title: s.guidanceTitle, style: Style(.border))
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard !inner.isEmpty else { return }
        // What does not fit is one key away, and the box says which.
        let lines = CutLines.fit(
            TextWrap.wrap(SafeText.clean(d.guidance, keepNewlines: true), width: inner.width), rows: inner.height,
            width: inner.width, more: s.guidanceMore)
        for (row, line) in lines.enumerated() {
            buffer.write(line, at: Point(x: inner.x, y: inner.y + row), style: Style(.normal), clip: inner)
        }
    }

    /// The phase's progress and the gate's state, when nothing else is to be said.
    private static func fallbackStatus(_ d: DialogueScreenState) -> String {
        let s = UIStrings.swedish
        if d.frontPanel == .meeting {
            let meeting = d.panels[MeetingState.self]
            // A prompt takes the capture line's place: the words under it are shown here, so none seem lost.
            guard meeting.prompt != nil, meeting.isTyping else { return s.meetingFallback }
            return s.meetingWaitingDraft(SafeText.clean(meeting.draft.text))
        }
        let progress = d.phase.progress
        let gate: String
        switch d.dialogue.gateResult {
        case .open(let unanswered): gate = "\(s.gateOpenPrefix): \(unanswered)"
        case .passed: gate = s.gatePassed
        case .stopped: gate = s.gateStop
        }
        var parts = ["\(d.phase.title): \(progress.done)/\(progress.total) \(s.done)"]
        if let role = d.roleFilter {
            parts.append("\(s.roleFilter): \(d.dialogue.role(id: role)?.name ?? role)")
        }
        if let person = d.personFilter { parts.append("\(s.personFilter): \(d.personName(person))") }
        if d.phase.phase == .implementation {
            let methods = d.dialogue.methods.map(\.name).joined(separator: ", ")
            parts.append("\(s.methods): \(methods.isEmpty ? s.noMethods : methods)")
        }
        parts.append(gate)
        return parts.joined(separator: " · ")
    }
}
