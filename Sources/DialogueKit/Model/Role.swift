/// Who is responsible for a step, where the handbook says (Vänersborg).
public enum Role: String, Codable, CaseIterable, Sendable {
    /// Tjänsteperson.
    case official
    /// Förtroendevald.
    case elected
    /// Gemensam: officials and elected representatives together.
    case joint

    /// The handbook's word for the role.
    public var swedishName: String {
        switch self {
        case .official: "Tjänsteperson"
        case .elected: "Förtroendevald"
        case .joint: "Gemensam"
        }
    }
}
