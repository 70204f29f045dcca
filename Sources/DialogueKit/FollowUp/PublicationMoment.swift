/// When a text is published on the municipality's website: before the dialogue or after it (Vänersborg).
public enum PublicationMoment: String, Codable, CaseIterable, Sendable {
    case before = "fore"
    case after = "efter"

    /// The moment in words, as a sentence continues after "publiceringen": "före dialogen", "efter dialogen".
    public var words: String {
        switch self {
        case .before: "före dialogen"
        case .after: "efter dialogen"
        }
    }

    /// Vänersborg's three questions for the moment, answered for publication on the website.
    public var questions: [String] {
        switch self {
        case .before:
            [
                "Vad handlar invånardialogen om?", "Vilka riktar sig invånardialogen till?",
                "Hur görs invånare delaktiga?",
            ]
        case .after: ["Vad handlade invånardialogen om?", "Vad kom man fram till?", "Vad blir fortsättningen?"]
        }
    }
}
