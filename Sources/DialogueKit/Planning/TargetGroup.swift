/// A group of residents the dialogue must reach, placed in the representation model by how
/// affected by the question and how active in public debate it is.
public struct TargetGroup: Codable, Equatable, Sendable, Identifiable {
    /// Stable id within the dialogue, e.g. `g3`.
    public var id: String
    public var name: String
    public var description: String
    /// How affected by the question (berörd).
    public var affected: GridLevel
    /// How active in public debate (aktivitet).
    public var activity: GridLevel
    /// Hard to reach (svår att nå).
    public var hardToReach: Bool
    /// Barriers to taking part (trösklar), from `TargetGroup.knownBarriers` or free text.
    public var barriers: [String]
    /// Channels to reach the group (kanaler), from `TargetGroup.knownChannels` or free text.
    public var channels: [String]
    /// Measures to enable participation, e.g. förmöten, tolkning, naturliga mötesplatser.
    public var measures: [String]
    /// How many from the group the dialogue plans to reach.
    public var plannedParticipants: Int?

    public init(
        id: String, name: String, description: String = "", affected: GridLevel, activity: GridLevel,
        hardToReach: Bool = false, barriers: [String] = [], channels: [String] = [], measures: [String] = [],
        plannedParticipants: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.affected = affected
        self.activity = activity
        self.hardToReach = hardToReach
        self.barriers = barriers
        self.channels = channels
        self.measures = measures
        self.plannedParticipants = plannedParticipants
    }

    /// Priority 1–4 from the quadrant: 1 affected and rarely active, 2 affected and active,
    /// 3 not affected but active, 4 neither (Vänersborg's numbering; Helsingborg's priority corner is 1).
    public var priority: Int { TargetGroup.priority(affected: affected, activity: activity) }

    /// The priority of a quadrant.
    public static func priority(affected: GridLevel, activity: GridLevel) -> Int {
        switch (affected, activity) {
        case (.high, .low): 1
        case (.high, .high): 2
        case (.low, .high): 3
        case (.low, .low): 4
        }
    }

    /// Vänersborg's barriers (trösklar).
    public static let knownBarriers = [
        "kostnader", "bristande tillit", "språkförbistringar", "brist på kunskap", "fysiska hinder",
        "psykosociala hinder",
    ]

    /// Vänersborg's channels (kanaler).
    public static let knownChannels = [
        "QR-koder", "massmedia", "annonser", "postutskick", "sociala medier", "SMS", "direkt kontakt",
        "kommunens webbsida",
    ]
}
