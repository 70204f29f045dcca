/// What kind of thing is due in a dialogue; the order is how things due on one day are listed.
public enum DueKind: String, Codable, CaseIterable, Comparable, Sendable {
    /// A phase's end date from the schedule, while its checklist is incomplete.
    case phaseEnd = "fas"
    /// A planned activity with a date.
    case activity = "aktivitet"
    /// A planned feedback round not yet sent.
    case feedback = "aterkoppling"
    /// A publication on the website not yet published.
    case publication = "publicering"

    /// The Swedish word for the kind: fas, aktivitet, återkoppling, publicering.
    public var word: String {
        switch self {
        case .phaseEnd: "fas"
        case .activity: "aktivitet"
        case .feedback: "återkoppling"
        case .publication: "publicering"
        }
    }

    public static func < (lhs: DueKind, rhs: DueKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
