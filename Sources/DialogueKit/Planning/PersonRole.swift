/// The part a person plays in the dialogue.
public enum PersonRole: String, Codable, CaseIterable, Sendable {
    case elected
    case official
    case processLeader
    case facilitator
    case other

    /// "förtroendevald", "tjänsteperson", "processledare", "facilitator", "annan".
    public var swedishName: String {
        switch self {
        case .elected: "förtroendevald"
        case .official: "tjänsteperson"
        case .processLeader: "processledare"
        case .facilitator: "facilitator"
        case .other: "annan"
        }
    }
}
