import DialogueKit
import Foundation
import TerminalKit
import TextSafety

extension ResponsesPanel {
    /// The counts per status on top, the themes, the inputs (only the rows that show are drawn), the selected
    /// one's response in a row below, and the form or question when one is open.
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let layout = ResponsesPanelLayout(area: area, list: list)
        let dialogue = context.dialogue
        let index = currentIndex(for: dialogue)
        renderCounts(index.counts, in: layout.counts, into: &buffer)
        renderThemes(index, in: layout.themes, into: &buffer)
        renderInputs(index, dialogue: dialogue, in: layout.inputs, into: &buffer)
        if !layout.details.isEmpty, let line = detailLine(in: dialogue) {
            buffer.write(
                TextWrap.truncate(line, width: layout.details.width),
                at: Point(x: layout.details.x, y: layout.details.y),
                style: Style(.muted), clip: layout.details)
        }
        if let target = confirmingClear {
            Overlay.render(
                title: s.confirmClearResponse(target), lines: ["", s.yesNo], in: Rect(buffer.size), into: &buffer)
            return nil
        }
        guard let form else { return nil }
        return render(form, dialogue: dialogue, into: &buffer)
    }

    /// "Svar: 12 inspel · ingår i förslaget 0 · genomförs 4 · … · utan svar 2", over two rows when it must.
    private func renderCounts(_ counts: ResponseCounts, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let s = UIStrings.swedish
        let unanswered = "\(s.responsesUnanswered) \(counts.unanswered)"
        let label = "\(s.panelResponses): \(s.count(counts.total, "inspel", "inspel")) · "
        // Every status with its count when there is room; else those that have any, and never without the
        // unanswered.
        var rows = InputsPanel.packed(
            counts.byStatus.map { "\($0.status.words) \($0.count)" } + [unanswered], label: label, width: rect.width)
        if rows.count > rect.height {
            let some = counts.byStatus.filter { $0.count > 0 }.map { "\($0.status.words) \($0.count)" }
            rows = Array(InputsPanel.packed(some + [unanswered], label: label, width: rect.width).prefix(rect.height))
        }
        for (offset, row) in rows.enumerated() {
            buffer.write(
                TextWrap.truncate(row, width: rect.width), at: Point(x: rect.x, y: rect.y + offset),
                style: Style(.header, bold: offset == 0), clip: rect)
        }
    }

    /// The title of a list, ▸ when it has the selection.
    private func renderTitle(_ title: String, focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer) {
        buffer.write(
            TextWrap.truncate((focused ? ListView.focusMarker : "  ") + title, width: rect.width),
            at: Point(x: rect.x, y: rect.y), style: Style(.header, bold: true), clip: rect)
    }

    /// Teman: each tag with how many inputs carry it, and its response and reason.
    private func renderThemes(_ index: ResponsesIndex, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let s = UIStrings.swedish
        let themes = index.themes
        renderTitle("\(s.responsesThemes) (\(themes.count))", focused: list == .themes, in: rect, into: &buffer)
        let columns = [
            Table.Column(s.responsesColumnTheme), Table.Column(s.responsesColumnCount, width: 8),
            Table.Column(s.responsesColumnResponse, width: 20), Table.Column(s.responsesColumnReason),
        ]
        Table.render(
            columns: columns, count: themes.count, selection: list == .themes ? themeList : nil,
            empty: s.responsesNoThemes,
            in: rect.inset(top: 1), into: &buffer
        ) { row in
            let theme = themes[row]
            return [
                SafeText.clean(theme.tag), "\(theme.inputCount)", theme.response?.status.words ?? s.responsesUnanswered,
                SafeText.clean(theme.response?.reason ?? ""),
            ]
        }
    }

    /// Inspel: mark, id, text and the response that applies, said where it comes from.
    private func renderInputs(
        _ index: ResponsesIndex, dialogue: Dialogue, in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        guard !rect.isEmpty else { return }
        let s = UIStrings.swedish
        let rows = index.rows
        var about = [s.count(rows.count, "inspel", "inspel")]
        if !marked.isEmpty { about.append(s.count(marked.count, "markerat", "markerade")) }
        if let theme = filter.theme { about.append(SafeText.clean(s.responsesThemeFilter(theme))) }
        if filter.onlyUnanswered { about.append(s.responsesOnlyUnanswered) }
        renderTitle(
            "\(s.responsesInputs) (\(about.joined(separator: " · ")))", focused: list == .inputs, in: rect,
            into: &buffer)
        let wide = rect.width >= 110
        var columns = [
            Table.Column("", width: 2), Table.Column(s.inputsColumnID, width: 7), Table.Column(s.responsesColumnText),
            Table.Column(s.responsesColumnResponse, width: wide ? 34 : 26),
        ]
        if wide { columns.append(Table.Column(s.responsesColumnReason, width: 30)) }
        let empty =
            index.source.isEmpty
            ? s.responsesNoInputs : filter.onlyUnanswered ? s.responsesAllAnswered : s.inputsNoneMatch
        Table.render(
            columns: columns, count: rows.count, selection: list == .inputs ? inputList : nil, empty: empty,
            in: rect.inset(top: 1), into: &buffer
        ) { row in
            let input = rows[row]
            let resolved = dialogue.resolvedResponse(for: input)
            var cells = [
                marked.contains(input.id) ? "*" : "", input.id, SafeText.clean(input.text),
                resolved.map(Self.responseWords) ?? s.responsesUnanswered,
            ]
            if wide { cells.append(SafeText.clean(resolved?.response.reason ?? "")) }
            return cells
        }
    }
}

extension ResponsesPanel {
    /// "genomförs", "genomförs (från temat trygghet)", "beaktas (som i2)".
    static func responseWords(_ resolved: ResolvedResponse) -> String {
        let s = UIStrings.swedish
        let words = resolved.response.status.words
        return switch resolved.source {
        case .own: words
        case .theme(let tag): "\(words) (\(s.responsesFromTheme) \(SafeText.clean(tag)))"
        case .original(let id): "\(words) (\(s.responsesFromOriginal) \(id))"
        }
    }

    /// The selected theme's or input's response in one line: status, reason, where it went, its decisions.
    func detailLine(in dialogue: Dialogue) -> String? {
        let s = UIStrings.swedish
        let (name, response, words): (String, Response?, String?)
        switch list {
        case .themes:
            guard let theme = selectedTheme(in: dialogue) else { return nil }
            (name, response, words) = (SafeText.clean(theme.tag), theme.response, theme.response?.status.words)
        case .inputs:
            guard let input = selectedInput(in: dialogue) else { return nil }
            let resolved = dialogue.resolvedResponse(for: input)
            (name, response, words) = (input.id, resolved?.response, resolved.map(Self.responseWords))
        }
        var parts = [name, words ?? s.responsesUnanswered]
        if let response {
            if !response.reason.isEmpty { parts.append("\(s.traceReason): \(SafeText.clean(response.reason))") }
            if let forwarded = response.forwardedTo {
                parts.append("\(s.traceForwarded): \(SafeText.clean(forwarded))")
            }
            parts += response.decisions.map { id in dialogue.decision(id: id).map(DecisionWords.short) ?? id }
        }
        return parts.joined(separator: " · ")
    }

    /// The response form, and the status or decisions list over it while one is open.
    func render(_ form: ResponseForm, dialogue: Dialogue, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let fields = ResponseField.allCases
        let inner = FormBox.open(
            title: SafeText.clean(s.responsesFormTitle(form.target)), width: 76, height: fields.count * 2 + 4,
            on: buffer.size, into: &buffer)
        guard !inner.isEmpty else { return nil }
        let (rows, note) = inner.splitBottom(inner.height > fields.count * 2 ? 2 : 0)
        if !note.isEmpty {
            buffer.write(
                form.isSaved ? s.responsesSaved : s.responsesNotSavedYet(form.draft),
                at: Point(x: note.x, y: note.maxY - 1),
                style: Style(.overlay), clip: note)
        }
        let cursor = FormBox.rows(
            labels: fields.map(\.label),
            values: fields.map { field in
                let value = SafeText.clean(field.text(of: form.draft, in: dialogue))
                return value.isEmpty ? "–" : value
            }, selected: form.fields.index, editor: form.fields.editor, in: rows, into: &buffer)
        switch form.choosing {
        case nil: return cursor
        case .status(let selection):
            let statuses = ResponseStatus.allCases
            let box = FormBox.open(
                title: s.responsesChooseStatus, width: 40, height: statuses.count + 2, on: buffer.size, into: &buffer)
            Picker.render(statuses.map(\.words), selected: selection.selected, in: box, into: &buffer)
        case .decisions(let selection):
            let decisions = dialogue.followUp.decisions
            let box = FormBox.open(
                title: s.responsesChooseDecisions, width: 76, height: min(decisions.count + 2, 16), on: buffer.size,
                into: &buffer)
            Picker.render(
                decisions.map { (form.draft.decisions.contains($0.id) ? "[x] " : "[ ] ") + DecisionWords.full($0) },
                selected: selection.selected, in: box, into: &buffer)
        }
        return nil
    }
}
