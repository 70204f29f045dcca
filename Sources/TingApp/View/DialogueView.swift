import DialogueKit
import TerminalKit

/// The dialogue screen: header, gate banner, phase tabs, the phase's checklist,
/// guidance on demand, status and keys.
enum DialogueView {
    /// Draws the dialogue; returns where the cursor goes.
    static func render(_ d: DialogueScreenState, state: AppState, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let layout = DialogueLayout(size: state.size, screen: d)
        let dialogue = d.dialogue
        let progress = dialogue.progress
        TitleBar.render(
            left: "\(s.appName) · \(dialogue.title)",
            right: "\(progress.done)/\(progress.total) \(s.done)", in: layout.titleRow, into: &buffer)
        renderInfo(dialogue, in: layout.infoRect, into: &buffer)
        if let banner = DialogueLayout.bannerText(d), !layout.bannerRect.isEmpty {
            buffer.fill(layout.bannerRect, style: Style(.danger))
            buffer.writeWrapped(
                banner, in: layout.bannerRect.inset(left: 1, right: 1), style: Style(.danger, bold: true))
        }
        TabBar.render(
            titles: tabTitles(dialogue, today: state.today), selected: d.phaseIndex, in: layout.tabRow,
            into: &buffer)
        if let panel = d.planningPanel { PanelBar.render(selected: panel, in: layout.panelRow, into: &buffer) }
        buffer.drawHLine(y: layout.separatorRow.y, x: 0, width: layout.separatorRow.width, style: Style(.border))

        var cursor: Point?
        if let panel = d.planningPanel, panel != .checklist {
            cursor = PanelView.render(panel, d, state: state, in: layout.panelRect, into: &buffer)
        } else {
            cursor = ChecklistView.render(d, layout: layout.checklist, into: &buffer)
        }
        if d.showsGuidance { renderGuidance(d, in: layout.guidanceRect, into: &buffer) }
        StatusView.render(state.status, fallback: fallbackStatus(d), in: layout.statusRow, into: &buffer)

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
        case .choosingAssignee(let id, let selected):
            cursor = nil
            AssigneePickerView.render(
                item: dialogue.item(id), people: dialogue.planning.people, selected: selected, into: &buffer)
        }
        return cursor
    }

    /// The phase tabs' titles: the handbook's words, "!" when overdue, "✓" when complete.
    static func tabTitles(_ dialogue: Dialogue, today: LocalDate) -> [String] {
        let overdue = dialogue.overduePhases(today: today)
        return dialogue.phases.map { phase in
            if overdue.contains(phase.phase) { return "\(phase.title) !" }
            return phase.progress.done == phase.progress.total ? "\(phase.title) ✓" : phase.title
        }
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
        let text = d.selected?.guidance ?? d.phase.intro ?? s.noGuidance
        buffer.writeWrapped(text, in: rect.inset(top: 1, left: 2, bottom: 1, right: 2), style: Style(.normal))
    }

    /// The phase's progress and the gate's state, when nothing else is to be said.
    private static func fallbackStatus(_ d: DialogueScreenState) -> String {
        let s = UIStrings.swedish
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
