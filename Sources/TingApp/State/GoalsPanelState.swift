import DialogueKit
import TerminalKit

/// The Mål panel: which goal and column are selected, and what is being done to them.
public struct GoalsPanelState: Sendable {
    /// What the panel is doing besides browsing the table.
    public enum Mode: Sendable {
        case browsing
        /// Choosing the kind of a new goal; `selected` indexes `GoalKind.allCases`.
        case choosingKind(selected: Int)
        /// Typing the selected cell's text.
        case editing(TextEditor)
        /// Asking whether to delete the selected goal.
        case confirmingDelete
    }

    /// Index of the selected goal in the table.
    public var selected = 0
    public var column: GoalColumn = .goal
    public var mode: Mode = .browsing
    /// The goal just added whose first text is being typed: Esc, or Enter on nothing, takes it away again.
    public var newGoalID: String?

    public init() {}

    /// The selected goal among a dialogue's goals, if there is one.
    public func selectedGoal(in goals: [Goal]) -> Goal? {
        goals.indices.contains(selected) ? goals[selected] : nil
    }
}
