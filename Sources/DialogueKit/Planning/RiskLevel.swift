/// Likelihood or consequence of a risk: låg, medel, hög.
public enum RiskLevel: String, Codable, CaseIterable, Sendable {
    case low
    case medium
    case high

    /// "låg", "medel", "hög".
    public var swedishName: String {
        switch self {
        case .low: "låg"
        case .medium: "medel"
        case .high: "hög"
        }
    }
}
