/// Where an activity stands: planned, held or cancelled.
public enum ActivityStatus: String, Codable, CaseIterable, Sendable {
    case planned
    case held
    case cancelled

    /// The Swedish word: planerad, genomförd, inställd.
    public var title: String {
        switch self {
        case .planned: "planerad"
        case .held: "genomförd"
        case .cancelled: "inställd"
        }
    }

    /// The status named by its id or its Swedish word, in any case.
    public init?(word: String) {
        let folded = word.lowercased()
        guard let status = ActivityStatus.allCases.first(where: { $0.rawValue == folded || $0.title == folded })
        else { return nil }
        self = status
    }
}
