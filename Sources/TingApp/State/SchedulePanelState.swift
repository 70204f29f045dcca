import DialogueKit
import TerminalKit

/// The Tidplan panel: the selected row (the five phases, then the activities), and what is being done.
public struct SchedulePanelState: Sendable {
    /// What the panel is doing besides browsing.
    public enum Mode: Sendable {
        case browsing
        /// Typing a phase's start or end date: into the checklist's date item where the handbook has
        /// one, else into the dates the planning keeps.
        case editingDate(ScheduleSlot, editor: TextEditor)
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

    /// A date as typed, ÅÅÅÅ-MM-DD: the date cell takes no more characters than this.
    static let dateLength = 10

    /// The selected activity's index, when an activity row is selected.
    public var activityIndex: Int? {
        selected >= Phase.allCases.count ? selected - Phase.allCases.count : nil
    }
}
