import TerminalKit

/// The form for a dialogue's own details: title, question, purpose, owner, case number.
public struct DetailsForm: Sendable {
    /// The fields of the form, in order.
    public enum Field: Int, CaseIterable, Sendable {
        case title, question, purpose, committee, administration, caseNumber
    }

    public var selected: Field = .title
    /// The editor, while a field is being typed.
    public var editor: TextEditor?

    public init() {}
}
