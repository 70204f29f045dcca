import DialogueKit
import Foundation
import TerminalKit

extension PanelID {
    /// Meeting mode: a panel on no panel bar, brought to the front over the whole screen from an activity.
    public static let meeting = PanelID("meeting")
}

/// Meeting mode, the facilitator's screen for one activity: the agenda and its clock, the checklists to
/// tick, the attendance counter, the last inputs and the capture line, which always has the focus. A panel
/// that covers the screen and is never browsing, so every key it does not bind is typed.
struct MeetingState: Panel {
    static let id = PanelID.meeting
    static var title: String { UIStrings.swedish.meetingTitle }

    /// The activity being held (an id in the dialogue's planning).
    private(set) var activity = ""
    /// The panel Esc goes back to: the one in front when meeting mode opened.
    var returnTo = PanelID.checklist
    /// The capture line: what is being typed.
    var draft = TextEditor()
    /// Category, tags and target group given to the input being typed, before Enter.
    var labels = CaptureLabels()
    /// The current agenda point and since when.
    var clock: AgendaClock
    /// Which list ↑↓ moves.
    var side: MeetingSide = .checklist
    /// The selected row of the checklist (run sheet, then the handbook's items).
    var checklist = ListSelection()
    /// The selected attendance count: 0 the total, then the target groups in the dialogue's order.
    var attendance = ListSelection()
    /// A prompt over the capture line: a tag being typed or a target group being chosen.
    var prompt: MeetingPrompt?
    /// Esc was pressed once with words on the line, which the next Esc leaves unsaved.
    var isLeaving = false
    /// Ctrl-C was pressed once with words on the line, which the next Ctrl-C quits Ting without.
    var isInterrupted = false

    /// The list ↑↓ move in now, marked ▸: none while a prompt's own list has them.
    var sideWithArrows: MeetingSide? { prompt == nil ? side : nil }

    /// Meeting mode for `activity`, opened at `now`: the clock starts at the point the agenda plans for now
    /// when the activity is held today, else at the first point.
    init(activity: Activity, now: Date, calendar: Calendar) {
        self.activity = activity.id
        self.clock = AgendaClock(activity: activity, now: now, calendar: calendar)
    }

    /// No meeting (the panel deck's first state); meeting mode is opened with `init(activity:now:calendar:)`.
    init() {
        clock = AgendaClock(point: 0, pointStartedAt: .distantPast)
    }

    var isBrowsing: Bool { false }
    var coversScreen: Bool { true }

    func render(_ context: PanelContext, in area: Rect, into buffer: inout ScreenBuffer) -> Point? {
        MeetingView.render(self, context: context, into: &buffer)
    }

    /// Keeps the selections on rows that still exist after the dialogue changed (undo, another writer).
    mutating func dialogueChanged(_ dialogue: Dialogue) {
        checklist.clamp(count: MeetingChecklistRow.rows(of: dialogue.activity(activity), in: dialogue).count)
        attendance.clamp(count: Self.attendanceCounts(in: dialogue).count)
        clock.point = min(clock.point, max(0, (dialogue.activity(activity)?.agenda.count ?? 0) - 1))
    }
}
