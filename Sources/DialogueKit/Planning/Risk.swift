/// A risk or potential conflict in the risk register (Helsingborg: "Vilka risker finns? Potentiella konflikter?").
public struct Risk: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var risk: String
    public var likelihood: RiskLevel?
    public var consequence: RiskLevel?
    public var mitigation: String
    /// Who owns the risk.
    public var owner: String

    public init(
        id: String, risk: String, likelihood: RiskLevel? = nil, consequence: RiskLevel? = nil, mitigation: String = "",
        owner: String = ""
    ) {
        self.id = id
        self.risk = risk
        self.likelihood = likelihood
        self.consequence = consequence
        self.mitigation = mitigation
        self.owner = owner
    }
}
