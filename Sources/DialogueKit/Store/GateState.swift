/// The state of a dialogue's gate questions, small enough for the library index and listings.
public enum GateState: String, Codable, Equatable, Sendable, CaseIterable {
    /// Some gate questions are unanswered and none is "nej".
    case open
    /// Every gate question is answered "ja".
    case passed
    /// At least one gate question is "nej".
    case stopped

    /// The state of a full gate result.
    public init(_ result: GateResult) {
        switch result {
        case .open: self = .open
        case .passed: self = .passed
        case .stopped: self = .stopped
        }
    }

    /// A short Swedish word for listings: "öppen", "ja" or "NEJ".
    public var shortWord: String {
        switch self {
        case .open: "öppen"
        case .passed: "ja"
        case .stopped: "NEJ"
        }
    }
}
