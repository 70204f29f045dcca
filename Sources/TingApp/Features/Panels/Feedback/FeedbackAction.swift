/// What the Återkoppling panel's keys ask for.
enum FeedbackAction: Sendable {
    case move, add, write, draft, plannedDate, channels, markSent, remove, readChecks
    case movePick, choose, toggleChannel, cancel
    case saveDate
    case confirm, decline
    case editor(LongTextEditor.Action)
    case help
}
