import DialogueKit
import TerminalKit

extension PanelID {
    /// The Mål panel of Planering.
    public static let goals = PanelID("goals")
}

/// The Mål panel: which goal and column are selected, and what is being done to them.
struct GoalsPanel: Panel {
    /// What the panel is doing besides browsing the table.
    enum Mode: Sendable {
        case browsing
        /// Choosing the kind of a new goal; `selected` indexes `GoalKind.allCases`.
        case choosingKind(selected: Int)
        /// Typing the selected cell's text.
        case editing(TextEditor)
        /// Asking whether to delete the selected goal.
        case confirmingDelete
    }

    /// What the panel's keys ask for.
    enum Action: Sendable {
        case move, column, add, edit, reorder, delete
        case moveKind, chooseKind, cancel
        case saveCell, moveCursor
        case confirmDelete
    }

    static let id = PanelID.goals
    static var title: String { UIStrings.swedish.panelGoals }

    /// The width of the box a cell is edited in, at most.
    static let editorBoxWidth = 72

    /// Index of the selected goal in the table.
    var selected = 0
    var column: GoalColumn = .goal
    var mode: Mode = .browsing
    /// The goal just added whose first text is being typed: Esc, or Enter on nothing, takes it away again.
    var newGoalID: String?

    /// The selected goal among a dialogue's goals, if there is one.
    func selectedGoal(in goals: [Goal]) -> Goal? {
        goals.indices.contains(selected) ? goals[selected] : nil
    }

    /// The width of the text field a cell is edited in on a screen, for moving the cursor up and down.
    static func editorWidth(on size: Size) -> Int {
        max(1, min(editorBoxWidth, size.width - 2) - 4)
    }

    var isBrowsing: Bool { if case .browsing = mode { true } else { false } }

    func keyMap(in context: PanelContext) -> KeyMap<Action> {
        let s = UIStrings.swedish
        switch mode {
        case .browsing:
            return CommonBindings.move(.move)
                + KeyMap([
                    (KeyBinding([.left, .right], "←→", s.keyColumn), .column),
                    (KeyBinding([.character("h"), .character("l")], "h/l", s.keyColumn, hintLine: false), .column),
                    (KeyBinding([.enter], "Enter", s.keyEditCell), .edit),
                    (KeyBinding("a", s.keyAddGoal), .add),
                    (KeyBinding([.character("K"), .character("J")], "K/J", s.keyReorder), .reorder),
                    (KeyBinding([.shiftUp, .shiftDown], "Shift-↑↓", s.keyReorder, hintLine: false), .reorder),
                    (CommonBindings.delete, .delete),
                ])
        case .choosingKind:
            return KeyMap([
                (KeyBinding([.up, .down, .character("k"), .character("j")], "↑↓", s.keyMove), .moveKind),
                (KeyBinding([.enter], "Enter", s.keyChoose), .chooseKind),
                (CommonBindings.cancel, .cancel), (CommonBindings.closeByQ.labelled(s.keyCancel), .cancel),
            ])
        case .editing:
            return CommonBindings.typing(save: .saveCell, cancel: .cancel)
                + KeyMap([(KeyBinding([.left, .right, .up, .down], "←→↑↓", s.keyMove), .moveCursor)])
        case .confirmingDelete:
            return CommonBindings.confirmation(s.keyDelete, yes: .confirmDelete, no: .cancel)
        }
    }

    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        let goals = context.dialogue.planning.goals
        switch action {
        case .move: selected = ListSelection.moved(selected, by: key, count: goals.count, page: 5) ?? selected
        case .column:
            let columns = GoalColumn.allCases
            let step = key == .left || key == .character("h") ? -1 : 1
            column = columns[min(max(0, column.rawValue + step), columns.count - 1)]
        case .add:
            guard !context.refusesChange() else { return [] }
            mode = .choosingKind(selected: 0)
        case .edit: return editSelectedCell(in: &context)
        case .reorder: return moveSelectedGoal(by: key == .character("K") || key == .shiftUp ? -1 : 1, in: &context)
        case .delete:
            guard selectedGoal(in: goals) != nil, !context.refusesChange() else { return [] }
            mode = .confirmingDelete
        case .moveKind:
            guard case .choosingKind(let kind) = mode else { return [] }
            mode = .choosingKind(
                selected: ListSelection.moved(kind, by: key, count: GoalKind.allCases.count, page: 1) ?? kind)
        case .chooseKind:
            guard case .choosingKind(let index) = mode else { return [] }
            return addGoal(of: GoalKind.allCases[index], in: &context)
        case .cancel:
            let wasEditing = if case .editing = mode { true } else { false }
            mode = .browsing
            if wasEditing { return discardNewGoal(in: &context) }
        case .moveCursor:
            guard case .editing(var editor) = mode else { return [] }
            if key == .up || key == .down {
                editor.moveVertically(key == .up ? -1 : 1, width: Self.editorWidth(on: context.screen))
            } else {
                _ = editor.handle(key)
            }
            mode = .editing(editor)
        case .saveCell:
            guard case .editing(let editor) = mode else { return [] }
            mode = .browsing
            guard let keyPath = column.textKeyPath else { return [] }
            let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty, newGoalID != nil { return discardNewGoal(in: &context) }
            newGoalID = nil
            return changeSelectedGoal(in: &context) { $0[keyPath: keyPath] = text }
        case .confirmDelete:
            mode = .browsing
            guard let goal = selectedGoal(in: goals) else { return [] }
            let effects = context.change { $0.removeGoal(id: goal.id, at: $1) }
            dialogueChanged(context.dialogue)
            return effects
        }
        return []
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        guard case .editing(var editor) = mode else { return nil }
        _ = editor.handle(key)
        mode = .editing(editor)
        return []
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        selected = min(selected, max(0, dialogue.planning.goals.count - 1))
    }

    /// Adds a goal of `kind` and starts typing its text.
    private mutating func addGoal(of kind: GoalKind, in context: inout PanelContext) -> [Effect] {
        mode = .browsing
        var newID: String?
        let effects = context.change { dialogue, now in
            newID = dialogue.addGoal(kind: kind, at: now)
            return true
        }
        if let newID, let row = context.dialogue.planning.goals.firstIndex(where: { $0.id == newID }) {
            selected = row
            column = .goal
            mode = .editing(TextEditor())
            newGoalID = newID
        }
        return effects
    }

    /// Enter on a cell: the kind and uppfyllt cycle, text opens the text field.
    private mutating func editSelectedCell(in context: inout PanelContext) -> [Effect] {
        guard let goal = selectedGoal(in: context.dialogue.planning.goals), !context.refusesChange() else { return [] }
        switch column {
        case .kind:
            let kinds = GoalKind.allCases
            let next = kinds[(kinds.firstIndex(of: goal.kind)! + 1) % kinds.count]
            return changeSelectedGoal(in: &context) { $0.kind = next }
        case .fulfilled:
            let cycle: [Fulfilment?] = [nil] + Fulfilment.allCases
            let next = cycle[(cycle.firstIndex(of: goal.fulfilled)! + 1) % cycle.count]
            return changeSelectedGoal(in: &context) { $0.fulfilled = next }
        case .goal, .indicators, .dataCollection, .outcome:
            let text = column.textKeyPath.map { goal[keyPath: $0] } ?? ""
            mode = .editing(TextEditor(text: text))
            return []
        }
    }

    /// Takes away the goal just added while it is still empty, so leaving its first field leaves no
    /// empty goal behind; nothing happens for a goal that was already there.
    private mutating func discardNewGoal(in context: inout PanelContext) -> [Effect] {
        guard let id = newGoalID else { return [] }
        newGoalID = nil
        guard let goal = context.dialogue.planning.goals.first(where: { $0.id == id }), goal.isEmpty else {
            return []
        }
        let effects = context.change { $0.removeGoal(id: id, at: $1) }
        dialogueChanged(context.dialogue)
        return effects
    }

    private mutating func moveSelectedGoal(by offset: Int, in context: inout PanelContext) -> [Effect] {
        guard let goal = selectedGoal(in: context.dialogue.planning.goals) else { return [] }
        let from = selected
        var row = from
        let effects = context.change { dialogue, now in
            row = dialogue.moveGoal(id: goal.id, by: offset, at: now) ?? from
            return row != from
        }
        selected = row
        return effects
    }

    /// Changes the selected goal and saves the dialogue.
    private func changeSelectedGoal(in context: inout PanelContext, _ change: (inout Goal) -> Void) -> [Effect] {
        guard var goal = selectedGoal(in: context.dialogue.planning.goals) else { return [] }
        change(&goal)
        return context.change { $0.updateGoal(goal, at: $1) }
    }
}
