import DialogueKit
import TerminalKit

extension AppState {
    /// Opens meeting mode for an activity of the open dialogue, as the Aktiviteter panel's `M` does (for
    /// benchmarks and scripts of key presses); nothing happens on the library screen.
    public mutating func openMeeting(_ activityID: String) {
        guard case .dialogue(var d) = screen else { return }
        openMeeting(activityID, in: &d)
        screen = .dialogue(d)
    }

    /// Opens meeting mode for the activity with this id on the open dialogue (the Aktiviteter panel's `M`):
    /// the meeting panel comes to the front over the whole screen, and Esc brings back the panel in front now.
    mutating func openMeeting(_ activityID: String, in d: inout DialogueScreenState) {
        guard let activity = d.dialogue.activity(activityID) else {
            status = StatusLine(UIStrings.swedish.meetingActivityGone, isError: true)
            return
        }
        var meeting = MeetingState(activity: activity, now: now, calendar: calendar)
        meeting.returnTo = d.panel
        d.panels[MeetingState.self] = meeting
        d.panel = .meeting
    }

    /// Ctrl-C with words on the meeting's capture line: the first says they are not saved (and returns
    /// true, so Ting stays); the next, with no key between, quits without them.
    mutating func warnsBeforeInterrupt() -> Bool {
        guard case .dialogue(var d) = screen, d.frontPanel == .meeting else { return false }
        var meeting = d.panels[MeetingState.self]
        guard meeting.isTyping, !meeting.isInterrupted else { return false }
        meeting.isInterrupted = true
        d.panels[MeetingState.self] = meeting
        screen = .dialogue(d)
        status = StatusLine(UIStrings.swedish.meetingInterruptUnsaved, isError: true)
        return true
    }
}
