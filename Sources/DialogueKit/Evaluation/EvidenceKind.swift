/// The evidence Ting holds that answers an evaluation question, named by the template's `evidence` key on
/// a checklist item (e.g. Vänersborg's "Nåddes berörda invånare?" is answered beside the representation check).
public enum EvidenceKind: String, Codable, CaseIterable, Sendable {
    /// Goals with indicators, outcome and uppfyllt (Mål).
    case goals
    /// Target groups planned against reached.
    case representation
    /// The methods used and how they worked.
    case methods
    /// The inputs by category and theme, and the agenda they were captured under.
    case inputs
    /// Responses and the decisions they fed.
    case decisions
    /// The feedback rounds, to whom and when they were sent.
    case feedback
    /// The participants' own evaluation (counts per statement).
    case participants
}
