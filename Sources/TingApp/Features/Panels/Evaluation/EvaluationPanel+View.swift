import DialogueKit
import TerminalKit
import TextSafety

/// The Analys panel's view: one block per entry, the selected one marked; a question's evidence beside its
/// answer from `sideBySideWidth` columns, below it on narrower terminals. Only the blocks on screen are laid out.
extension EvaluationPanel {
    /// From this width the evidence stands beside the question and its answer.
    static let sideBySideWidth = 100

    /// One piece of a row of a block: its text (already cut to its column), where it starts and its style;
    /// a row has one piece, or two when the evidence stands beside the answer.
    struct Line {
        var text: String
        var x: Int
        var style: Style
    }

    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        guard !area.isEmpty else { return nil }
        let content = currentContent(for: context.dialogue)
        let body = area.inset(left: 1)
        let selectedEntry = content.selectable.indices.contains(selected) ? content.selectable[selected] : 0
        // The first block shown: as far back from the selection as still fits, so the selection is on screen.
        var first = selectedEntry
        var used = lines(of: content.entries[first], in: content, width: body.width).count
        while first > 0 {
            let height = lines(of: content.entries[first - 1], in: content, width: body.width).count
            guard used + height <= body.height else { break }
            used += height
            first -= 1
        }
        var y = body.y
        for index in first..<content.entries.count where y < body.maxY {
            let blockLines = lines(of: content.entries[index], in: content, width: body.width)
            let isSelected = index == selectedEntry && content.entries[index].isSelectable
            let height = min(blockLines.count, body.maxY - y)
            if isSelected {
                buffer.fill(Rect(x: body.x, y: y, width: body.width, height: height), style: Style(.selection))
                buffer.write(ListView.marker, at: Point(x: body.x, y: y), style: Style(.selection), clip: body)
            }
            for (offset, row) in blockLines.prefix(height).enumerated() {
                for line in row {
                    let style = isSelected ? Style(.selection, bold: line.style.bold) : line.style
                    buffer.write(line.text, at: Point(x: body.x + line.x, y: y + offset), style: style, clip: body)
                }
            }
            y += height
        }
        guard case .editing(let target, let editor) = mode else { return nil }
        let title: String
        switch target {
        case .answer(let itemID):
            title = content.questions.first { $0.item.id == itemID }?.item.text ?? itemID
        case .methodNote(let method):
            let name = content.methods.first { $0.id == method }?.name ?? method
            title = "\(UIStrings.swedish.analysisHowItWorked): \(name)"
        }
        let inner = FormBox.open(
            title: TextWrap.truncate(title, width: Self.editorBoxWidth - 6), width: Self.editorBoxWidth, height: 10,
            on: context.screen, into: &buffer)
        return FormBox.field(editor, in: inner, into: &buffer)
    }

    /// The rows of one block at a width (the marker's two columns are left free).
    func lines(of entry: EvaluationEntry, in content: EvaluationContent, width: Int) -> [[Line]] {
        if case .question(let index) = entry {
            return questionRows(content.questions[index], width: max(1, width - DisplayWidth.of(ListView.marker)))
        }
        return pieces(of: entry, in: content, width: width).map { [$0] }
    }

    /// The one-piece rows of a block other than a question.
    private func pieces(of entry: EvaluationEntry, in content: EvaluationContent, width: Int) -> [Line] {
        let s = UIStrings.swedish
        let indent = DisplayWidth.of(ListView.marker)
        let inner = max(1, width - indent)
        switch entry {
        case .heading(let text):
            return [Line(text: "", x: 0, style: Style(.normal))]
                + Self.wrap(text, x: 0, width: width, style: Style(.header, bold: true))
        case .note(let text):
            return Self.wrap(text, x: indent, width: inner, style: Style(.muted))
        case .question: return []
        case .representation:
            return Self.wrap(content.check.answer, x: indent, width: inner, style: Style(.normal))
        case .groupHeader:
            return [Line(text: Self.row(Self.groupHeader, width: inner), x: indent, style: Style(.muted))]
        case .group(let index):
            let row = content.check.rows[index]
            let cells = [
                "\(row.priority)", row.group.name, row.planned.map(String.init) ?? "–", "\(row.attended)",
                "\(row.inputs)", row.reached ? s.analysisReachedYes : s.analysisReachedNo,
            ]
            return [
                Line(
                    text: Self.row(cells, width: inner), x: indent,
                    style: row.reached ? Style(.normal) : Style(.warning, bold: true))
            ]
        case .unreached:
            let names = content.check.unreached.map(\.name)
            let text = names.isEmpty ? s.analysisAllReached : "\(s.analysisUnreached): " + names.joined(separator: ", ")
            return Self.wrap(text, x: indent, width: inner, style: names.isEmpty ? Style(.success) : Style(.warning))
        case .mark(let index):
            let mark = content.marks[index]
            var judgement = "\(s.analysisJudgement): \(mark.mark.metWords)"
            if let ticked = mark.ticked {
                judgement += " · \(s.analysisInChecklist): " + (ticked ? s.analysisTicked : s.analysisNotTicked)
            }
            let style: Style =
                switch mark.mark.met {
                case true?: Style(.success)
                case false?: Style(.warning)
                case nil: Style(.muted)
                }
            return Self.wrap(mark.mark.text, x: indent, width: inner, style: Style(.normal, bold: true))
                + Self.wrap(judgement, x: indent + 2, width: inner - 2, style: style)
                + Self.bullets(mark.mark.evidence, x: indent + 2, width: inner - 2)
        case .method(let index):
            guard let index else {
                return Self.wrap(s.analysisNoMethods, x: indent, width: inner, style: Style(.muted))
            }
            let method = content.methods[index]
            let figures =
                "\(method.name): \(s.count(method.activities.count, "aktivitet", "aktiviteter")), "
                + "\(method.held) genomförda, \(method.attended) deltagare, \(method.inputs) inspel"
            let note = method.howItWorked.isEmpty ? s.analysisNoNote : method.howItWorked
            return Self.wrap(figures, x: indent, width: inner, style: Style(.normal, bold: true))
                + Self.wrap("\(s.analysisHowItWorked): \(note)", x: indent + 2, width: inner - 2, style: Style(.normal))
        }
    }

    /// A question, its answer and its evidence: side by side from `sideBySideWidth`, else one under the other.
    private func questionRows(_ question: EvaluationContent.Question, width: Int) -> [[Line]] {
        let s = UIStrings.swedish
        let indent = DisplayWidth.of(ListView.marker)
        let item = question.item
        var heading = item.text
        if question.phase != .evaluation { heading += " (\(question.phase.defaultTitle))" }
        let answer: String =
            switch item.kind {
            case .check: item.done == true ? s.analysisTicked : s.analysisNotTicked
            default: "\(s.analysisAnswer): " + (item.isComplete ? item.response ?? "" : s.analysisUnanswered)
            }
        let answered = item.isComplete
        let sideBySide = width + indent >= Self.sideBySideWidth && !question.evidence.isEmpty
        let left = sideBySide ? width * 9 / 20 : width
        var lines = Self.wrap(heading, x: indent, width: left, style: Style(.normal, bold: true))
        lines += Self.wrap(answer, x: indent + 2, width: left - 2, style: Style(answered ? .normal : .muted))
        guard !question.evidence.isEmpty else { return lines.map { [$0] } }
        let evidenceX = sideBySide ? indent + left + 2 : indent + 2
        let evidenceWidth = sideBySide ? width - left - 2 : width - 2
        let evidence =
            Self.wrap("\(s.analysisEvidence):", x: evidenceX, width: evidenceWidth, style: Style(.muted))
            + Self.bullets(question.evidence, x: evidenceX, width: evidenceWidth)
        guard sideBySide else { return (lines + evidence).map { [$0] } }
        // Side by side: row by row, the question's piece and the evidence's.
        return (0..<max(lines.count, evidence.count)).map { row in
            (row < lines.count ? [lines[row]] : []) + (row < evidence.count ? [evidence[row]] : [])
        }
    }

    /// Wraps text into lines of `width` starting at `x`.
    static func wrap(_ text: String, x: Int, width: Int, style: Style) -> [Line] {
        TextWrap.wrap(SafeText.clean(text), width: max(1, width)).map { Line(text: $0, x: x, style: style) }
    }

    /// Evidence lines as bullets, each wrapped with its continuation under the text.
    static func bullets(_ texts: [String], x: Int, width: Int) -> [Line] {
        texts.flatMap { text in
            TextWrap.wrap(SafeText.clean(text), width: max(1, width - 2)).enumerated().map { offset, line in
                Line(text: (offset == 0 ? "· " : "  ") + line, x: x, style: Style(.normal))
            }
        }
    }

    /// The representation table's header.
    private static var groupHeader: [String] {
        let s = UIStrings.swedish
        return [
            s.analysisColumnPriority, s.analysisColumnGroup, s.analysisColumnPlanned, s.analysisColumnAttended,
            s.analysisColumnInputs, s.analysisColumnReached,
        ]
    }

    /// One row of the representation table: the group's name takes what the five short columns leave.
    private static func row(_ cells: [String], width: Int) -> String {
        let fixed = [5, 0, 9, 10, 7, 5]
        let nameWidth = max(4, width - fixed.reduce(0, +))
        return zip(cells, fixed).map { cell, column in
            let columnWidth = column == 0 ? nameWidth : column
            let text = TextWrap.truncate(cell, width: columnWidth - 1)
            return text + String(repeating: " ", count: max(0, columnWidth - DisplayWidth.of(text)))
        }.joined()
    }
}
