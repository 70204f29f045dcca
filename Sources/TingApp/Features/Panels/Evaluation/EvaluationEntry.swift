/// One block of the Analys panel, in the order shown: a section heading, an analysis question, the
/// representation check's answer, header and rows, one of the four marks, or a method used.
enum EvaluationEntry: Equatable, Sendable {
    case heading(String)
    /// A muted line saying something is missing.
    case note(String)
    /// `EvaluationContent.questions[index]`.
    case question(Int)
    /// The representation check's answer in one sentence.
    case representation
    /// The header of the representation table.
    case groupHeader
    /// `EvaluationContent.check.rows[index]`.
    case group(Int)
    /// The groups never reached, named.
    case unreached
    /// `EvaluationContent.marks[index]`.
    case mark(Int)
    /// `EvaluationContent.methods[index]`; nil when no method is used.
    case method(Int?)

    /// Whether the selection can rest on it (headings and the table header cannot).
    var isSelectable: Bool {
        switch self {
        case .heading, .note, .groupHeader: false
        default: true
        }
    }
}
