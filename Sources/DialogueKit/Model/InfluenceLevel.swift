/// One rung of a handbook's influence ladder (inflytandenivå / grad av delaktighet).
public struct InfluenceLevel: Codable, Equatable, Sendable, Identifiable {
    /// The generic rungs a `degree` can take: 1 information, 2 konsultation, 3 dialog, 4 inflytande,
    /// 5 medbeslutande.
    public static let degrees = 1...5

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
    /// The generic rung 1–5 (information, konsultation, dialog, inflytande, medbeslutande) used to
    /// match method cards; required in template files, nil in dialogues saved before it existed.
    public var degree: Int?
    /// Method examples the handbook gives for this level.
    public var methods: [String]

    public init(
        id: String, name: String, residentsGet: String? = nil, description: String,
        promise: String? = nil, isDialogue: Bool, degree: Int? = nil, methods: [String] = []
    ) {
        self.id = id
        self.name = name
        self.residentsGet = residentsGet
        self.description = description
        self.promise = promise
        self.isDialogue = isDialogue
        self.degree = degree
        self.methods = methods
    }
}
