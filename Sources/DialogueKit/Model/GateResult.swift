/// The state of a dialogue's gate questions taken together.
public enum GateResult: Equatable, Sendable {
    /// Some gate questions are still unanswered and none is "nej".
    case open(unanswered: Int)
    /// Every gate question is answered "ja".
    case passed
    /// At least one gate question is "nej": the handbook's recommendation applies.
    case stopped(recommendation: String, itemIDs: [String])
}
