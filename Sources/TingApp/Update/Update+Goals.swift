import DialogueKit
import TerminalKit

extension AppState {
    /// Keys of the Mål panel; nil lets the checklist's keys (phase, help, back) apply.
    mutating func handleGoalsKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect]? {
        switch d.goals.mode {
        case .browsing: return handleGoalTableKey(key, in: &d)
        case .choosingKind(var selected):
            switch key {
            case .up, .character("k"): selected = max(0, selected - 1)
            case .down, .character("j"): selected = min(GoalKind.allCases.count - 1, selected + 1)
            case .enter:
                let kind = GoalKind.allCases[selected]
                d.goals.mode = .browsing
                var newID: String?
                let effects = saveChange(to: &d) { dialogue, now in
                    newID = dialogue.addGoal(kind: kind, at: now)
                    return true
                }
                if let newID, let row = d.dialogue.planning.goals.firstIndex(where: { $0.id == newID }) {
                    d.goals.selected = row
                    d.goals.column = .goal
                    d.goals.mode = .editing(TextEditor())
                    d.goals.newGoalID = newID
                }
                return effects
            case .escape, .character("q"): d.goals.mode = .browsing
            default: break
            }
            if case .choosingKind = d.goals.mode { d.goals.mode = .choosingKind(selected: selected) }
            return []
        case .editing(var editor):
            switch key {
            case .escape:
                d.goals.mode = .browsing
                return discardNewGoal(in: &d)
            case .enter:
                d.goals.mode = .browsing
                guard let keyPath = d.goals.column.textKeyPath else { return [] }
                let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if text.isEmpty, d.goals.newGoalID != nil { return discardNewGoal(in: &d) }
                d.goals.newGoalID = nil
                return changeSelectedGoal(in: &d) { $0[keyPath: keyPath] = text }
            case .up, .down:
                editor.moveVertically(key == .up ? -1 : 1, width: GoalsPanelView.editorWidth(on: size))
                d.goals.mode = .editing(editor)
            default:
                _ = editor.handle(key)
                d.goals.mode = .editing(editor)
            }
            return []
        case .confirmingDelete:
            switch key {
            case let key where key.confirms:
                d.goals.mode = .browsing
                guard let goal = selectedGoal(d) else { return [] }
                let effects = saveChange(to: &d) { $0.removeGoal(id: goal.id, at: $1) }
                d.goals.selected = min(d.goals.selected, max(0, d.dialogue.planning.goals.count - 1))
                return effects
            case let key where key.declines: d.goals.mode = .browsing
            default: break
            }
            return []
        }
    }

    private mutating func handleGoalTableKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect]? {
        let count = d.dialogue.planning.goals.count
        let columns = GoalColumn.allCases
        switch key {
        case .up, .character("k"): d.goals.selected = max(0, d.goals.selected - 1)
        case .down, .character("j"): d.goals.selected = min(max(0, count - 1), d.goals.selected + 1)
        case .home: d.goals.selected = 0
        case .end: d.goals.selected = max(0, count - 1)
        case .left, .character("h"): d.goals.column = columns[max(0, d.goals.column.rawValue - 1)]
        case .right, .character("l"): d.goals.column = columns[min(columns.count - 1, d.goals.column.rawValue + 1)]
        case .character("a"):
            guard !refusesChange(to: d) else { return [] }
            d.goals.mode = .choosingKind(selected: 0)
        case .enter: return editSelectedCell(in: &d)
        case .character("K"), .shiftUp: return moveSelectedGoal(by: -1, in: &d)
        case .character("J"), .shiftDown: return moveSelectedGoal(by: 1, in: &d)
        case .character("d"):
            guard selectedGoal(d) != nil, !refusesChange(to: d) else { return [] }
            d.goals.mode = .confirmingDelete
        default: return nil
        }
        return []
    }

    /// Enter on a cell: the kind and uppfyllt cycle, text opens the text field.
    private mutating func editSelectedCell(in d: inout DialogueScreenState) -> [Effect] {
        guard let goal = selectedGoal(d), !refusesChange(to: d) else { return [] }
        switch d.goals.column {
        case .kind:
            let kinds = GoalKind.allCases
            let next = kinds[(kinds.firstIndex(of: goal.kind)! + 1) % kinds.count]
            return changeSelectedGoal(in: &d) { $0.kind = next }
        case .fulfilled:
            let cycle: [Fulfilment?] = [nil] + Fulfilment.allCases
            let next = cycle[(cycle.firstIndex(of: goal.fulfilled)! + 1) % cycle.count]
            return changeSelectedGoal(in: &d) { $0.fulfilled = next }
        case .goal, .indicators, .dataCollection, .outcome:
            let text = d.goals.column.textKeyPath.map { goal[keyPath: $0] } ?? ""
            d.goals.mode = .editing(TextEditor(text: text))
            return []
        }
    }

    /// Takes away the goal just added while it is still empty, so leaving its first field leaves no
    /// empty goal behind; nothing happens for a goal that was already there.
    private mutating func discardNewGoal(in d: inout DialogueScreenState) -> [Effect] {
        guard let id = d.goals.newGoalID else { return [] }
        d.goals.newGoalID = nil
        guard let goal = d.dialogue.planning.goals.first(where: { $0.id == id }), goal.isEmpty else { return [] }
        let effects = saveChange(to: &d) { $0.removeGoal(id: id, at: $1) }
        d.goals.selected = min(d.goals.selected, max(0, d.dialogue.planning.goals.count - 1))
        return effects
    }

    private mutating func moveSelectedGoal(by offset: Int, in d: inout DialogueScreenState) -> [Effect] {
        guard let goal = selectedGoal(d) else { return [] }
        let from = d.goals.selected
        var row = from
        let effects = saveChange(to: &d) { dialogue, now in
            row = dialogue.moveGoal(id: goal.id, by: offset, at: now) ?? from
            return row != from
        }
        d.goals.selected = row
        return effects
    }

    /// Changes the selected goal and saves the dialogue.
    private mutating func changeSelectedGoal(in d: inout DialogueScreenState, _ change: (inout Goal) -> Void)
        -> [Effect]
    {
        guard var goal = selectedGoal(d) else { return [] }
        change(&goal)
        return saveChange(to: &d) { $0.updateGoal(goal, at: $1) }
    }

    private func selectedGoal(_ d: DialogueScreenState) -> Goal? {
        d.goals.selectedGoal(in: d.dialogue.planning.goals)
    }
}
