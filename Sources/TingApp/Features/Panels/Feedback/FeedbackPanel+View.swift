import DialogueKit
import TerminalKit
import TextSafety

extension FeedbackPanel {
    /// The checks above, the rounds as a table, the selected round's text under it, and the prompt, choice or
    /// question open; the editor over the whole area while a text is written.
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        if case .writing(_, let editor) = mode { return editor.render(in: area, screen: context.screen, into: &buffer) }
        let dialogue = context.dialogue
        let layout = layout(context)
        for (row, line) in layout.checkLines.enumerated() {
            buffer.write(
                line, at: Point(x: layout.checks.x, y: layout.checks.y + row), style: Style(.warning),
                clip: layout.checks)
        }
        renderTable(dialogue, today: context.today, in: layout.table, into: &buffer)
        renderDetail(dialogue, in: layout.detail, into: &buffer)
        let s = UIStrings.swedish
        switch mode {
        case .browsing, .writing: return nil
        case .dating(_, _, let prompt): return prompt.render(on: layout.promptRow, into: &buffer)
        case .choosingAudience(let list):
            let audiences = dialogue.followUp.audiences
            let inner = FormBox.open(
                title: s.feedbackChooseAudience, width: 50, height: audiences.count + 2, on: context.screen,
                into: &buffer)
            Picker.render(audiences.map(\.name), selected: list.selected, in: inner, into: &buffer)
        case .choosingChannels(let choice): return renderChannels(choice, dialogue: dialogue, context, into: &buffer)
        case .confirmingDraft:
            Overlay.render(
                title: s.feedbackReplaceDraft, lines: [s.feedbackReplaceDraftBody], in: Rect(context.screen),
                into: &buffer)
        case .confirmingRemoval(let id):
            let name = dialogue.feedbackRound(id: id).map { Self.name(of: $0, in: dialogue) } ?? id
            Overlay.render(title: s.feedbackRemoveQuestion, lines: [name], in: Rect(context.screen), into: &buffer)
        }
        return nil
    }

    /// One row per round: audience, planned date, channels, sent date (or "! försenad"), and by whom.
    private func renderTable(_ dialogue: Dialogue, today: LocalDate, in rect: Rect, into buffer: inout ScreenBuffer) {
        let s = UIStrings.swedish
        let rounds = dialogue.followUp.feedbackRounds
        let columns = [
            Table.Column(s.feedbackColumnAudience), Table.Column(s.feedbackColumnPlanned, width: 11),
            Table.Column(s.feedbackColumnChannels), Table.Column(s.feedbackColumnSent, width: 11),
            Table.Column(s.feedbackColumnBy, width: min(12, max(4, rect.width / 8))),
        ]
        var list = selection
        list.scrollToSelection(count: rounds.count, height: max(1, rect.height - 1))
        Table.render(
            columns: columns, count: rounds.count, selection: list, empty: s.feedbackNone, in: rect, into: &buffer
        ) { index in
            let round = rounds[index]
            let overdue = !round.isSent && round.plannedOn.map { $0 < today } == true
            return [
                dialogue.feedbackAudience(id: round.audience)?.name ?? round.audience,
                round.plannedOn?.description ?? "–",
                round.channels.isEmpty ? "–" : round.channels.joined(separator: ", "),
                round.sentOn?.description ?? (overdue ? s.feedbackOverdue : "–"),
                round.sentBy ?? "",
            ]
        }
    }

    /// The selected round's text under a rule: whether it is final, then the text as far as it fits.
    private func renderDetail(_ dialogue: Dialogue, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height >= 2, let round = selectedRound(in: dialogue) else { return }
        let s = UIStrings.swedish
        buffer.drawHLine(y: rect.y, x: rect.x, width: rect.width, style: Style(.border))
        let heading = " \(s.feedbackTextHeading) · \(Self.name(of: round, in: dialogue)) "
        buffer.write(
            TextWrap.truncate(heading, width: max(0, rect.width - 2)), at: Point(x: rect.x + 1, y: rect.y),
            style: Style(.header, bold: true), clip: rect)
        var body = rect.inset(top: 1)
        if let sent = round.sentOn {
            let used = buffer.writeWrapped(
                s.feedbackSentFinal(on: sent, by: round.sentBy), in: body, style: Style(.muted))
            body = body.inset(top: used)
        }
        guard round.text.contains(where: { !$0.isWhitespace }) else {
            if !round.isSent { buffer.writeWrapped(s.feedbackNoText, in: body, style: Style(.muted)) }
            return
        }
        let lines = TextWrap.wrap(SafeText.clean(round.text, keepNewlines: true), width: max(1, body.width))
        let shown = CutLines.fit(
            lines, rows: body.height, width: body.width,
            more: round.isSent ? s.feedbackMoreRead : s.feedbackMoreWrite)
        for (row, line) in shown.enumerated() {
            buffer.write(line, at: Point(x: body.x, y: body.y + row), style: Style(.normal), clip: body)
        }
    }

    /// The channels offered in a framed box, each with [x] or [ ], and the row for another.
    private func renderChannels(
        _ choice: ChannelChoice, dialogue: Dialogue, _ context: PanelContext, into buffer: inout ScreenBuffer
    ) -> Point? {
        let s = UIStrings.swedish
        let audience =
            dialogue.feedbackRound(id: choice.roundID).map { Self.name(of: $0, in: dialogue) } ?? choice.roundID
        let inner = FormBox.open(
            title: s.feedbackChannelsTitle(audience), width: 60, height: choice.rowCount + 3, on: context.screen,
            into: &buffer)
        guard !inner.isEmpty else { return nil }
        let (list, below) = inner.splitBottom(min(1, max(0, inner.height - 1)))
        let rows = choice.channels.map { (choice.isChosen($0) ? "[x] " : "[ ] ") + $0 } + [s.feedbackOtherChannel]
        Picker.render(rows, selected: choice.selection.selected, in: list, into: &buffer)
        guard let editor = choice.typing, !below.isEmpty else { return nil }
        return PromptRow.render(label: s.feedbackOtherChannelPrompt, editor: editor, on: below, into: &buffer)
    }
}
