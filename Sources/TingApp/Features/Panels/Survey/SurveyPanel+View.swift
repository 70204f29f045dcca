import DialogueKit
import TerminalKit
import TextSafety

/// The Enkät panel's view: a table of statements with each option's count and share and the total; below
/// `allOptionsWidth` columns only the selected option's column shows, and every option of the selected
/// statement is listed under the table.
extension SurveyPanel {
    /// From this width every option has its column.
    static let allOptionsWidth = 110
    private static let optionWidth = 19
    private static let totalWidth = 6

    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        guard !area.isEmpty else { return nil }
        let dialogue = context.dialogue
        let statements = Self.statements(dialogue)
        let options = Self.options(dialogue)
        let body = area.inset(left: 1)
        if statements.isEmpty {
            buffer.writeWrapped(s.surveyNone, in: body.inset(left: 1), style: Style(.muted))
        } else {
            var table = body
            let wide = body.width >= Self.allOptionsWidth
            if !wide, statements.indices.contains(selected) {
                let detail: Rect
                (table, detail) = body.splitBottom(min(body.height / 2, options.count + 3))
                Self.renderDetail(statements[selected], options: options, in: detail, into: &buffer)
            }
            let shown = wide ? Array(options.indices) : [min(option, options.count - 1)]
            let columns =
                [Table.Column(s.surveyStatement)]
                + shown.map { index in
                    Table.Column(
                        index == option ? "[\(options[index].label)]" : options[index].label, width: Self.optionWidth)
                } + [Table.Column(s.surveyTotal, width: Self.totalWidth)]
            Table.render(
                columns: columns, count: statements.count, selection: ListSelection(selected: selected), empty: "",
                in: table, into: &buffer
            ) { index in
                let statement = statements[index]
                return [statement.text] + shown.map { Self.cell(statement, option: options[$0]) } + [
                    "\(statement.total)"
                ]
            }
        }
        switch mode {
        case .browsing: return nil
        case .choosing(let choice):
            let rows = Self.offered(dialogue) + [s.surveyOwnStatement]
            let inner = FormBox.open(
                title: s.surveyChooseStatement, width: 50, height: rows.count + 2, on: context.screen, into: &buffer)
            Picker.render(rows, selected: choice, in: inner, into: &buffer)
            return nil
        case .typingStatement(let editor):
            let inner = FormBox.open(
                title: s.surveyTypeStatement, width: 60, height: 5, on: context.screen, into: &buffer)
            return FormBox.field(editor, in: inner, into: &buffer)
        case .typingCount(let editor):
            guard statements.indices.contains(selected), options.indices.contains(option) else { return nil }
            let title = "\(s.surveyTypeCount): \(options[option].label)"
            let inner = FormBox.open(title: title, width: 50, height: 5, on: context.screen, into: &buffer)
            buffer.write(
                TextWrap.truncate(statements[selected].text, width: inner.width), at: Point(x: inner.x, y: inner.y),
                style: Style(.overlay))
            return FormBox.field(editor, in: inner.inset(top: 2), into: &buffer)
        case .confirmingDelete:
            guard statements.indices.contains(selected) else { return nil }
            Overlay.render(
                title: s.surveyConfirmDelete, lines: [statements[selected].text, "", s.yesNo], in: Rect(context.screen),
                into: &buffer)
            return nil
        }
    }

    /// "12 (60 %)": the count of an option and its share of the statement's answers.
    static func cell(_ statement: SurveyStatement, option: SurveyOption) -> String {
        "\(statement.count(of: option.id)) (\(statement.percent(of: option.id)) %)"
    }

    /// The selected statement with every option's count and share, in a framed box.
    private static func renderDetail(
        _ statement: SurveyStatement, options: [SurveyOption], in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        guard rect.height >= 3 else { return }
        buffer.drawBox(
            rect, title: TextWrap.truncate(statement.text, width: max(0, rect.width - 4)), style: Style(.border))
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        let lines =
            options.map { "\($0.label): \(cell(statement, option: $0))" }
            + ["\(UIStrings.swedish.surveyTotal): \(statement.total)"]
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(
                TextWrap.truncate(line, width: inner.width), at: Point(x: inner.x, y: inner.y + offset),
                style: Style(.normal), clip: inner)
        }
    }
}
