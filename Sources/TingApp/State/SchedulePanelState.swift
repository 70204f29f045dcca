import DialogueKit
import TerminalKit

/// The Tidplan panel: the selected row (the five phases, then the activities), and what is being done.
public struct SchedulePanelState: Sendable {
    /// What the panel is doing besides browsing.
    public enum Mode: Sendable {
        case browsing
        /// Typing a phase date into the checklist date item with this id.
        case editingDate(itemID: String, editor: TextEditor)
        /// The form of one activity.
        case activity(ActivityForm)
        /// Asking whether to delete the activity with this id.
        case confirmingDelete(activityID: String)
    }

    /// Rows 0–4 are the phases in order; from 5 on, the activities.
    public var selected = 0
    /// Which date of the selected phase row is selected.
    public var bound: ScheduleSlot.Bound = .start
    public var mode: Mode = .browsing

    public init() {}

    /// The selected activity's index, when an activity row is selected.
    public var activityIndex: Int? {
        selected >= Phase.allCases.count ? selected - Phase.allCases.count : nil
    }
}
