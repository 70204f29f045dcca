/// What the handbook says to do when a gate question is answered "nej".
public struct GatePolicy: Codable, Equatable, Sendable {
    /// The handbook's recommendation, e.g. Helsingborg's "ska ni inte genomföra invånardialog…".
    public var recommendation: String

    public init(recommendation: String) {
        self.recommendation = recommendation
    }
}
