/// Vänersborg's kinds of goal for a dialogue.
public enum GoalKind: String, Codable, CaseIterable, Sendable {
    case overarching
    case resource
    case process
    case result

    /// "Övergripande mål", "Resursmål", "Processmål", "Resultatmål".
    public var swedishName: String {
        switch self {
        case .overarching: "Övergripande mål"
        case .resource: "Resursmål"
        case .process: "Processmål"
        case .result: "Resultatmål"
        }
    }
}
