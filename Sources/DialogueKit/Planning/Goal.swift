/// One row of the goal table (Vänersborg's template): kind, goal, indicators, data collection,
/// and the outcome filled in during evaluation.
public struct Goal: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var kind: GoalKind
    public var goal: String
    public var indicators: String
    public var dataCollection: String
    public var outcome: String
    /// Uppfyllt: ja / delvis / nej; nil until evaluated.
    public var fulfilled: Fulfilment?

    public init(
        id: String, kind: GoalKind, goal: String = "", indicators: String = "", dataCollection: String = "",
        outcome: String = "", fulfilled: Fulfilment? = nil
    ) {
        self.id = id
        self.kind = kind
        self.goal = goal
        self.indicators = indicators
        self.dataCollection = dataCollection
        self.outcome = outcome
        self.fulfilled = fulfilled
    }

    /// True while nothing but the kind is filled in.
    public var isEmpty: Bool {
        [goal, indicators, dataCollection, outcome].allSatisfy(\.isEmpty) && fulfilled == nil
    }
}
