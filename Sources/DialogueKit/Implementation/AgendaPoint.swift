/// One point of an activity's agenda: what, for how long, led by whom.
public struct AgendaPoint: Codable, Equatable, Sendable, Identifiable {
    /// Stable id within the activity, e.g. `p2`.
    public var id: String
    public var title: String
    /// Planned length in minutes.
    public var minutes: Int?
    /// Who leads the point (free text).
    public var leader: String

    public init(id: String, title: String, minutes: Int? = nil, leader: String = "") {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.leader = leader
    }
}
