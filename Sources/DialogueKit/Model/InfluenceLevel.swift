/// One rung of a handbook's influence ladder (inflytandenivå / grad av delaktighet).
public struct InfluenceLevel: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    /// The handbook's name, e.g. "Resonemang".
    public var name: String
    /// What residents get, e.g. "Invånarna får tycka".
    public var residentsGet: String?
    /// The handbook's description of the level.
    public var description: String
    /// The promise to participants, in the handbook's words where it has them.
    public var promise: String?
    /// False for Information and Konsultation, which the handbook says are not dialogue.
    public var isDialogue: Bool
    /// Method examples the handbook gives for this level.
    public var methods: [String]

    public init(
        id: String, name: String, residentsGet: String? = nil, description: String,
        promise: String? = nil, isDialogue: Bool, methods: [String] = []
    ) {
        self.id = id
        self.name = name
        self.residentsGet = residentsGet
        self.description = description
        self.promise = promise
        self.isDialogue = isDialogue
        self.methods = methods
    }
}
