/// One of Helsingborg's four marks of a successful dialogue process ("En lyckad dialogprocess
/// kännetecknas av att vi …"), with the evidence Ting holds for it and whether the data shows it met.
public struct SuccessMark: Equatable, Sendable, Identifiable {
    /// The id of the Helsingborg checklist item that ticks the mark, e.g. `utvardering.lyckad.aterkopplat`.
    public var id: String
    /// Helsingborg's words.
    public var text: String
    /// The evidence from the data, one line each.
    public var evidence: [String]
    /// True or false when the data shows it; nil when there is nothing yet to judge by.
    public var met: Bool?

    public init(id: String, text: String, evidence: [String], met: Bool?) {
        self.id = id
        self.text = text
        self.evidence = evidence
        self.met = met
    }

    /// "uppfyllt", "inte uppfyllt" or "går ännu inte att bedöma": the judgement in words, never only a colour.
    public var metWords: String {
        switch met {
        case true?: "uppfyllt"
        case false?: "inte uppfyllt"
        case nil: "går ännu inte att bedöma"
        }
    }
}
