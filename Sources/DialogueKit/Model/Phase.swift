/// One of the five phases every handbook is mapped onto (Helsingborg's spine).
public enum Phase: String, Codable, CaseIterable, Sendable, Comparable {
    case decision
    case planning
    case implementation
    case feedback
    case evaluation

    /// Helsingborg's Swedish name, used where a template gives none.
    public var defaultTitle: String {
        switch self {
        case .decision: "Beslut"
        case .planning: "Planering"
        case .implementation: "Genomförande"
        case .feedback: "Återkoppling"
        case .evaluation: "Utvärdering"
        }
    }

    /// Position in the process, 0 to 4.
    public var index: Int { Phase.allCases.firstIndex(of: self)! }

    public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.index < rhs.index }
}
