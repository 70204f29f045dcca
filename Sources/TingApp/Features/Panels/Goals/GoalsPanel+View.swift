import DialogueKit
import TerminalKit
import TextSafety

/// The Mål panel's view: the goal table with wrapping cells; on narrow terminals the essential columns and
/// the selected goal's full text below. Only the rows on screen are laid out.
extension GoalsPanel {
    /// Below this width the table shows kind, goal, the selected column and uppfyllt only.
    static let allColumnsWidth = 100
    /// Rows a cell wraps to at most in the table; the full text is in the detail or the text field.
    static let maxCellLines = 4
    private static let gutter = 2
    private static let kindWidth = 16
    /// The kind column on terminals narrower than 60 columns, where kinds wrap.
    private static let narrowKindWidth = 8
    private static let fulfilledWidth = 8

    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let goals = context.dialogue.planning.goals
        guard !area.isEmpty else { return nil }
        if goals.isEmpty {
            buffer.writeWrapped(s.noGoals, in: area.inset(left: 2), style: Style(.muted))
        } else {
            var table = area
            if area.width < Self.allColumnsWidth, let goal = selectedGoal(in: goals) {
                let detail: Rect
                (table, detail) = area.splitBottom(min(area.height / 2, 8))
                Self.renderDetail(goal, position: (selected + 1, goals.count), in: detail, into: &buffer)
            }
            renderTable(goals, in: table, into: &buffer)
        }
        switch mode {
        case .browsing: return nil
        case .choosingKind(let selected):
            let inner = FormBox.open(
                title: s.chooseGoalKind, width: 30, height: GoalKind.allCases.count + 2, on: context.screen,
                into: &buffer)
            Picker.render(GoalKind.allCases.map(\.swedishName), selected: selected, in: inner, into: &buffer)
            return nil
        case .editing(let editor):
            guard let goal = selectedGoal(in: goals) else { return nil }
            let inner = FormBox.open(
                title: "\(column.title) · \(goal.kind.swedishName)", width: Self.editorBoxWidth, height: 10,
                on: context.screen, into: &buffer)
            return FormBox.field(editor, in: inner, into: &buffer)
        case .confirmingDelete:
            guard let goal = selectedGoal(in: goals) else { return nil }
            let text = goal.goal.isEmpty ? goal.kind.swedishName : goal.goal
            Overlay.render(
                title: s.confirmDeleteGoal, lines: [text, "", s.yesNo], in: Rect(context.screen), into: &buffer)
            return nil
        }
    }

    /// The columns shown at a width and their widths; the text columns share what is left.
    private static func columns(width: Int, selected: GoalColumn) -> [(column: GoalColumn, width: Int)] {
        var shown = GoalColumn.allCases
        if width < allColumnsWidth {
            shown = [.kind, .goal, .fulfilled]
            if ![.kind, .goal, .fulfilled].contains(selected) { shown.insert(selected, at: 2) }
        }
        let kind = width < 60 ? narrowKindWidth : kindWidth
        let textColumns = shown.count(where: { $0.textKeyPath != nil })
        let fixed = gutter + kind + fulfilledWidth + shown.count - 1
        let textWidth = max(1, (width - fixed) / max(1, textColumns))
        return shown.map { column in
            switch column {
            case .kind: (column, kind)
            case .fulfilled: (column, fulfilledWidth)
            default: (column, textWidth)
            }
        }
    }

    private func renderTable(_ goals: [Goal], in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height >= 2 else { return }
        let columns = Self.columns(width: rect.width, selected: column)
        var x = rect.x + Self.gutter
        for (column, width) in columns {
            let selected = column == self.column
            let title = selected ? "[\(column.title)]" : column.title
            buffer.write(
                TextWrap.truncate(title, width: width), at: Point(x: x, y: rect.y), style: Style(.header, bold: true),
                clip: rect)
            x += width + 1
        }
        let body = rect.inset(top: 1)
        let cells = { (goal: Goal) in columns.map { Self.cellLines(of: goal, column: $0.column, width: $0.width) } }
        // The first row shown: as far back from the selection as still fits, so the selection is on screen.
        var first = min(selected, goals.count - 1)
        var used = cells(goals[first]).map(\.count).max() ?? 1
        while first > 0 {
            let height = cells(goals[first - 1]).map(\.count).max() ?? 1
            guard used + height <= body.height else { break }
            used += height
            first -= 1
        }
        var y = body.y
        for index in first..<goals.count where y < body.maxY {
            let rowCells = cells(goals[index])
            let height = min(rowCells.map(\.count).max() ?? 1, body.maxY - y)
            let isSelected = index == selected
            let style = Style(isSelected ? .selection : .normal)
            if isSelected {
                buffer.fill(Rect(x: body.x, y: y, width: body.width, height: height), style: style)
                buffer.write(ListView.marker, at: Point(x: body.x, y: y), style: style, clip: body)
            }
            var x = body.x + Self.gutter
            for ((column, width), lines) in zip(columns, rowCells) {
                let cellStyle = isSelected && column == self.column ? Style(.selection, bold: true) : style
                for (i, line) in lines.prefix(height).enumerated() {
                    buffer.write(line, at: Point(x: x, y: y + i), style: cellStyle, clip: body)
                }
                x += width + 1
            }
            y += height
        }
    }

    /// A cell's text wrapped to its column, at most `maxCellLines` lines, the last ending in "…" when cut.
    private static func cellLines(of goal: Goal, column: GoalColumn, width: Int) -> [String] {
        var lines = TextWrap.wrap(SafeText.clean(column.text(of: goal)), width: width)
        guard lines.count > maxCellLines else { return lines }
        lines.removeLast(lines.count - maxCellLines)
        lines[maxCellLines - 1] = TextWrap.truncate(lines[maxCellLines - 1] + "…", width: width)
        return lines
    }

    /// The selected goal's texts in full, labelled and wrapped, in a framed box (kind and uppfyllt are
    /// always in the table).
    private static func renderDetail(
        _ goal: Goal, position: (row: Int, of: Int), in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        guard rect.height >= 3 else { return }
        let s = UIStrings.swedish
        let title = "\(s.selectedGoal) (\(position.row) \(s.goalPositionOf) \(position.of))"
        buffer.drawBox(rect, title: title, style: Style(.border))
        let text = GoalColumn.allCases.filter { $0.textKeyPath != nil }.map { "\($0.title): \($0.text(of: goal))" }
            .joined(separator: "\n")
        buffer.writeWrapped(text, in: rect.inset(top: 1, left: 2, bottom: 1, right: 2), style: Style(.normal))
    }
}
