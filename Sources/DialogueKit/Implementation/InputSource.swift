/// How an input reached the dialogue; the raw value is the Swedish id kept in files and typed on the command line.
public enum InputSource: String, Codable, CaseIterable, Sendable {
    /// Said aloud at a meeting (muntligt).
    case oral = "muntligt"
    /// Written on a note (lapp).
    case note = "lapp"
    /// An answer in a survey (enkät).
    case survey = "enkät"
    /// Sent by e-mail (e-post).
    case email = "e-post"
    /// Given in a digital dialogue (digitalt).
    case digital = "digitalt"

    /// The Swedish word for people.
    public var title: String {
        switch self {
        case .oral: "muntligt"
        case .note: "lapp"
        case .survey: "enkät"
        case .email: "e-post"
        case .digital: "digitalt"
        }
    }
}
