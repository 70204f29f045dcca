import TerminalKit

/// What the Målgrupper panel is doing besides showing the grid.
public enum GroupsPanelMode: Sendable {
    case browsing
    /// Typing the name of a new group for the selected quadrant.
    case adding(TextEditor)
    /// The form of one group.
    case editing(TargetGroupForm)
    /// Asking whether to remove the group with this id.
    case confirmingRemove(id: String)
}
