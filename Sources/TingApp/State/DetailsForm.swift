import TerminalKit

/// The form for a dialogue's own details: title, question, purpose, owner, case number.
public struct DetailsForm: Sendable {
    /// The fields of the form, in order.
    public enum Field: Int, CaseIterable, Sendable {
        case title, question, purpose, committee, administration, caseNumber
    }

    /// The selected field and its text field.
    public var fields = FormState<Field>()

    public init() {}

    /// The field with the selection.
    public var selected: Field {
        get { fields.selected }
        set { fields.selected = newValue }
    }

    /// The editor, while a field is being typed.
    public var editor: TextEditor? {
        get { fields.editor }
        set { fields.editor = newValue }
    }
}
