import DialogueKit
import TerminalKit
import TextSafety

extension PublicationPanel {
    /// The width of the question column.
    private static let questionWidth = 42

    /// Each moment under its heading (published or not), its three questions with the start of their texts,
    /// and the selected text under a rule; the editor over the whole area while a text is written.
    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        if case .writing(_, let editor) = mode { return editor.render(in: area, screen: context.screen, into: &buffer) }
        let dialogue = context.dialogue
        var rest = area.inset(left: 1, right: 1)
        var promptRow: Rect
        (rest, promptRow) = rest.splitBottom(rest.height >= 6 ? 1 : 0)
        let rows = Self.rows()
        let (list, detail) = rest.splitTop(rest.height >= 14 ? rows.count : rest.height)
        renderList(rows, dialogue: dialogue, in: list, into: &buffer)
        renderDetail(dialogue, in: detail.inset(top: detail.height > 2 ? 1 : 0), into: &buffer)
        switch mode {
        case .dating(_, let prompt): return prompt.render(on: promptRow, into: &buffer)
        case .confirmingDraft:
            let s = UIStrings.swedish
            Overlay.render(
                title: s.feedbackReplaceDraft, lines: [s.feedbackReplaceDraftBody], in: Rect(context.screen),
                into: &buffer)
        case .browsing, .writing: break
        }
        return nil
    }

    /// The list's rows: a heading per moment, then its entries (by index into `PublicationEntry.all`), a gap
    /// between the moments.
    private static func rows() -> [PublicationRow] {
        var rows: [PublicationRow] = []
        for moment in PublicationMoment.allCases {
            if !rows.isEmpty { rows.append(.gap) }
            rows.append(.heading(moment))
            for (index, entry) in PublicationEntry.all.enumerated() where entry.moment == moment {
                rows.append(.entry(index))
            }
        }
        return rows
    }

    private func renderList(
        _ rows: [PublicationRow], dialogue: Dialogue, in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        guard !rect.isEmpty else { return }
        let s = UIStrings.swedish
        let selectedRow = rows.firstIndex(of: .entry(selection.selected)) ?? 0
        let first = Viewport.offset(selected: selectedRow, count: rows.count, height: rect.height, previous: 0)
        let questionWidth = min(Self.questionWidth, rect.width / 2)
        for (offset, row) in rows.dropFirst(first).prefix(rect.height).enumerated() {
            let line = Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: 1)
            switch row {
            case .gap: continue
            case .heading(let moment):
                let publication = dialogue.publication(moment)
                let state =
                    publication?.publishedOn.map { s.publicationPublished(on: $0, by: publication?.publishedBy) }
                    ?? s.publicationNotPublished
                buffer.write(
                    TextWrap.truncate("\(s.publicationMoment(moment)) · \(state)", width: line.width),
                    at: Point(x: line.x, y: line.y), style: Style(.header, bold: true), clip: line)
            case .entry(let index):
                let entry = PublicationEntry.all[index]
                let isSelected = index == selection.selected
                let style = isSelected ? Style(.selection) : Style(.normal)
                if isSelected {
                    buffer.fill(line, style: style)
                    buffer.write(ListView.marker, at: Point(x: line.x, y: line.y), style: style, clip: line)
                }
                let textX = line.x + DisplayWidth.of(ListView.marker)
                buffer.write(
                    TextWrap.truncate(entry.question, width: questionWidth - 1), at: Point(x: textX, y: line.y),
                    style: style, clip: line)
                let text = entry.text(in: dialogue).split(whereSeparator: \.isNewline).joined(separator: " ")
                let x = textX + questionWidth
                guard x < line.maxX else { continue }
                buffer.write(
                    TextWrap.truncate(text.isEmpty ? s.publicationEmpty : text, width: line.maxX - x),
                    at: Point(x: x, y: line.y), style: text.isEmpty && !isSelected ? Style(.muted) : style, clip: line)
            }
        }
    }

    /// The selected text under a rule, with where it is kept.
    private func renderDetail(_ dialogue: Dialogue, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height >= 2 else { return }
        let s = UIStrings.swedish
        let entry = selected
        buffer.drawHLine(y: rect.y, x: rect.x, width: rect.width, style: Style(.border))
        let phase = dialogue.publicationItem(for: entry.question).flatMap { item in
            dialogue.phases.first { $0.items.contains { $0.id == item.id } }
        }
        let kept = phase.map { " (\(s.publicationInChecklist(dialogue.title(of: $0.phase))))" } ?? ""
        buffer.write(
            TextWrap.truncate(" \(s.feedbackTextHeading)\(kept) ", width: max(0, rect.width - 2)),
            at: Point(x: rect.x + 1, y: rect.y), style: Style(.header, bold: true), clip: rect)
        let body = rect.inset(top: 1)
        let text = entry.text(in: dialogue)
        guard text.contains(where: { !$0.isWhitespace }) else {
            buffer.writeWrapped(s.feedbackNoText, in: body, style: Style(.muted))
            return
        }
        let lines = TextWrap.wrap(SafeText.clean(text, keepNewlines: true), width: max(1, body.width))
        for (row, line) in CutLines.fit(lines, rows: body.height, width: body.width, more: s.feedbackMoreWrite)
            .enumerated()
        {
            buffer.write(line, at: Point(x: body.x, y: body.y + row), style: Style(.normal), clip: body)
        }
    }
}
