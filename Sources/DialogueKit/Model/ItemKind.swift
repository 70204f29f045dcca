/// What sort of answer a checklist item takes.
public enum ItemKind: String, Codable, CaseIterable, Sendable {
    /// A step that is done or not done: `[x]` / `[ ]`.
    case check
    /// A yes/no gate question; any "nej" stops the dialogue.
    case gate
    /// An open question answered in free text.
    case question
    /// A date, such as a phase's start or end.
    case date
    /// The choice of influence level, from the dialogue's own ladder.
    case level

    /// The Swedish word for the kind, for listings.
    public var swedishName: String {
        switch self {
        case .check: "steg"
        case .gate: "kontrollfråga"
        case .question: "fråga"
        case .date: "datum"
        case .level: "inflytandenivå"
        }
    }
}
