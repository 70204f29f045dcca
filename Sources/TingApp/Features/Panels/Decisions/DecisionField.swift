import DialogueKit

/// The fields of a decision: who decided, when, the paragraph (§), the case number and what was decided.
enum DecisionField: Int, RecordField {
    case body, date, paragraph, caseNumber, text

    var label: String {
        let s = UIStrings.swedish
        return switch self {
        case .body: s.fieldDecisionBody
        case .date: s.fieldDecisionDate
        case .paragraph: s.fieldParagraph
        case .caseNumber: s.fieldCaseNumber
        case .text: s.fieldDecisionText
        }
    }

    var columnWidth: Int? {
        switch self {
        case .body: 22
        case .date: 11
        case .paragraph: 8
        case .caseNumber: 16
        case .text: nil
        }
    }

    var isChoice: Bool { false }

    func text(of decision: Decision) -> String {
        switch self {
        case .body: decision.body
        case .date: decision.date?.description ?? ""
        case .paragraph: decision.paragraph
        case .caseNumber: decision.caseNumber
        case .text: decision.text
        }
    }

    func set(_ text: String, in decision: inout Decision) -> String? {
        switch self {
        case .body: decision.body = text
        case .date:
            guard !text.isEmpty else {
                decision.date = nil
                return nil
            }
            guard let date = LocalDate(text) else { return UIStrings.swedish.decisionDateInvalid(text) }
            decision.date = date
        case .paragraph: decision.paragraph = text
        case .caseNumber: decision.caseNumber = text
        case .text: decision.text = text
        }
        return nil
    }

    func cycle(_ decision: inout Decision) {}
}
