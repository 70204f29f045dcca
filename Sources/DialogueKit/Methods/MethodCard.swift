/// One dialogue method (metod) from the built-in catalogue: what it is for, who takes part,
/// what it costs and which rungs of influence it fits. A dialogue keeps copies of the cards
/// chosen for it, so its file stays self-contained.
public struct MethodCard: Codable, Equatable, Sendable, Identifiable {
    /// Stable id, e.g. `fokusgrupp`.
    public var id: String
    /// The method's name, e.g. "Fokusgrupp".
    public var name: String
    /// The generic rungs (1 information … 5 medbeslutande) the method fits, ascending.
    public var degrees: [Int]
    /// What the method is used for.
    public var usedFor: String
    /// Who takes part, and how many.
    public var participants: String
    /// What it takes: people, rooms, money, material.
    public var resources: String
    /// How long it takes to prepare and carry out.
    public var time: String
    /// What the method does well.
    public var strengths: String
    /// The handbooks that name the method, e.g. "Vänersborg".
    public var sources: [String]

    /// A card with every field given.
    public init(
        id: String, name: String, degrees: [Int], usedFor: String, participants: String, resources: String,
        time: String, strengths: String, sources: [String]
    ) {
        self.id = id
        self.name = name
        self.degrees = degrees
        self.usedFor = usedFor
        self.participants = participants
        self.resources = resources
        self.time = time
        self.strengths = strengths
        self.sources = sources
    }
}
