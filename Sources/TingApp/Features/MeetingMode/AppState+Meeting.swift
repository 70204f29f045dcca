import DialogueKit
import TerminalKit

extension AppState {
    /// Opens meeting mode for the activity with this id on the open dialogue (the Aktiviteter panel's `M`).
    mutating func openMeeting(_ activityID: String, in d: inout DialogueScreenState) {
        guard let activity = d.dialogue.activity(activityID) else {
            status = StatusLine(UIStrings.swedish.meetingActivityGone, isError: true)
            return
        }
        d.meeting = MeetingState(activity: activity, now: now, calendar: calendar)
    }

    /// Keys while meeting mode is in front: its bindings, then the capture line (or its prompt) for any
    /// other key, so nothing typed ever reaches the panels behind it. Esc with words on the line asks once.
    mutating func handleMeetingKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect] {
        guard var meeting = d.meeting else { return [] }
        var context = panelContext(for: d)
        let action = meeting.keyMap(in: context).action(for: key)
        if action == .leave {
            guard !meeting.isTyping || meeting.isLeaving else {
                meeting.isLeaving = true
                d.meeting = meeting
                status = StatusLine(UIStrings.swedish.meetingLeaveUnsaved, isError: true)
                return []
            }
            d.meeting = nil
            // The panels behind were not told of the inputs and counts while the meeting had the screen.
            d.panels.dialogueChanged(d.dialogue)
            return []
        }
        meeting.isLeaving = false
        var effects: [Effect] = []
        if let action {
            effects = meeting.perform(action, key: key, in: &context)
        } else {
            meeting.typed(key)
        }
        d.meeting = meeting
        take(context, into: &d)
        return effects
    }
}
