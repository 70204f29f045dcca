import DialogueKit

/// The fields of a side issue: the question, where it was passed on, and when.
enum SideIssueField: Int, RecordField {
    case question, passedTo, date

    var label: String {
        let s = UIStrings.swedish
        switch self {
        case .question: return s.fieldSideQuestion
        case .passedTo: return s.fieldPassedTo
        case .date: return s.fieldDate
        }
    }

    var columnWidth: Int? { self == .date ? 11 : nil }

    var isChoice: Bool { false }

    func text(of issue: SideIssue) -> String {
        switch self {
        case .question: issue.question
        case .passedTo: issue.passedTo
        case .date: issue.date?.description ?? ""
        }
    }

    func set(_ text: String, in issue: inout SideIssue) -> String? {
        switch self {
        case .question: issue.question = text
        case .passedTo: issue.passedTo = text
        case .date:
            guard text.isEmpty || LocalDate(text) != nil else { return UIStrings.swedish.invalidDate }
            issue.date = LocalDate(text)
        }
        return nil
    }

    func cycle(_ issue: inout SideIssue) {}
}
