/// A phase's start and end dates as kept in the planning, for the dates the handbook's checklist
/// has no date item for (Vänersborg dates only some of its phases).
public struct PhaseDates: Codable, Equatable, Sendable {
    public var phase: Phase
    public var start: LocalDate?
    public var end: LocalDate?

    public init(phase: Phase, start: LocalDate? = nil, end: LocalDate? = nil) {
        self.phase = phase
        self.start = start
        self.end = end
    }

    /// The date of one bound.
    public subscript(bound: ScheduleSlot.Bound) -> LocalDate? {
        get { bound == .start ? start : end }
        set {
            if bound == .start { start = newValue } else { end = newValue }
        }
    }
}
