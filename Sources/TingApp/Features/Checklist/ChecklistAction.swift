/// What a key asks of the phase's checklist.
enum ChecklistAction: Sendable {
    case move
    /// Space: ticks a check or cycles a gate.
    case toggle
    /// y or n: answers a gate, or marks a check done or not.
    case answer
    case edit
    case guidance, fullGuidance
    case filter, role, personFilter, assign, methods
    /// Esc: clears the filter when one is applied, else goes back.
    case escape
    /// One of the screen's keys every panel shares.
    case screen(ScreenAction)
}
