import DialogueKit

/// The fields of the response form: what became of it, why, where it was sent on, and the decisions it fed.
enum ResponseField: CaseIterable, Equatable, Sendable {
    case status, reason, forwardedTo, decisions

    var label: String {
        let s = UIStrings.swedish
        return switch self {
        case .status: s.fieldResponseStatus
        case .reason: s.fieldResponseReason
        case .forwardedTo: s.fieldResponseForwarded
        case .decisions: s.fieldResponseDecisions
        }
    }

    /// Whether Enter opens a list to choose from (the status, the decisions) rather than a text field.
    var isChoice: Bool { self == .status || self == .decisions }

    /// The field's value in the draft as shown in the form.
    func text(of draft: ResponseDraft, in dialogue: Dialogue) -> String {
        switch self {
        case .status: draft.status.map { "‹ \($0.words) ›" } ?? "‹ – ›"
        case .reason: draft.reason
        case .forwardedTo: draft.forwardedTo
        case .decisions:
            draft.decisions.map { id in dialogue.decision(id: id).map(DecisionWords.short) ?? id }
                .joined(separator: "; ")
        }
    }
}
