import DialogueKit

/// The columns of the goal table, in order: kind, goal, indicators, data collection, outcome, uppfyllt.
public enum GoalColumn: Int, CaseIterable, Sendable {
    case kind, goal, indicators, dataCollection, outcome, fulfilled

    /// The column's heading.
    var title: String {
        let s = UIStrings.swedish
        switch self {
        case .kind: return s.goalColumnKind
        case .goal: return s.goalColumnGoal
        case .indicators: return s.goalColumnIndicators
        case .dataCollection: return s.goalColumnDataCollection
        case .outcome: return s.goalColumnOutcome
        case .fulfilled: return s.goalColumnFulfilled
        }
    }

    /// The goal's free text in this column; nil for the kind and uppfyllt columns, which cycle.
    var textKeyPath: WritableKeyPath<Goal, String>? {
        switch self {
        case .kind, .fulfilled: nil
        case .goal: \.goal
        case .indicators: \.indicators
        case .dataCollection: \.dataCollection
        case .outcome: \.outcome
        }
    }

    /// What the cell shows for a goal; "–" when empty.
    func text(of goal: Goal) -> String {
        switch self {
        case .kind: return goal.kind.swedishName
        case .fulfilled: return goal.fulfilled?.rawValue ?? "–"
        case .goal, .indicators, .dataCollection, .outcome:
            let text = textKeyPath.map { goal[keyPath: $0] } ?? ""
            return text.isEmpty ? "–" : text
        }
    }
}
