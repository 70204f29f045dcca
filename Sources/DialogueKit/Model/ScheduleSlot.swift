/// Marks a date item as the start or end of a phase in the dialogue's schedule.
public struct ScheduleSlot: Codable, Hashable, Sendable {
    /// Whether the date opens or closes the phase.
    public enum Bound: String, Codable, Sendable {
        case start
        case end
    }

    public var phase: Phase
    public var bound: Bound

    public init(phase: Phase, bound: Bound) {
        self.phase = phase
        self.bound = bound
    }
}
