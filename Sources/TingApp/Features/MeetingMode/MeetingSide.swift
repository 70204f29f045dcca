/// Which list beside the agenda ↑↓ moves in meeting mode (Tab switches): the typing never moves either.
enum MeetingSide: Sendable, Equatable {
    /// The run sheet and the handbook's Genomförande items, ticked with F9.
    case checklist
    /// The attendance counts (total, then each target group), counted with F7 and F8.
    case attendance
}
