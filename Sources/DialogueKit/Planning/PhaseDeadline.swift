/// A phase's planned end date and whether its checklist is complete: all it takes to tell whether
/// the phase is overdue on a given day, small enough to keep in the library index.
public struct PhaseDeadline: Codable, Equatable, Sendable {
    public var phase: Phase
    /// The phase's end date from the schedule.
    public var end: LocalDate
    /// Whether every item of the phase is dealt with.
    public var isComplete: Bool

    public init(phase: Phase, end: LocalDate, isComplete: Bool) {
        self.phase = phase
        self.end = end
        self.isComplete = isComplete
    }

    /// True when the end date has passed (it lies before `today`) and the checklist is incomplete.
    public func isOverdue(today: LocalDate) -> Bool {
        end < today && !isComplete
    }
}
