/// The answer to a yes/no gate question (kontrollfråga).
public enum GateAnswer: String, Codable, CaseIterable, Sendable {
    case yes = "ja"
    case no = "nej"

    /// The Swedish word shown for the answer: "ja" or "nej".
    public var word: String { rawValue }

    /// Parses "ja"/"nej" (also "yes"/"no", "j"/"n"), ignoring case and spaces.
    public init?(word: String) {
        switch word.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ja", "j", "yes", "y": self = .yes
        case "nej", "n", "no": self = .no
        default: return nil
        }
    }
}
