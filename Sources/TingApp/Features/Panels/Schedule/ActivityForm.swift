import TerminalKit

/// The form of one dated activity: title, phase, date, time, place, method, expected participants, accessibility.
public struct ActivityForm: Sendable {
    /// The fields of the form, in order.
    public enum Field: Int, CaseIterable, Sendable {
        case title, phase, date, time, place, method, participants, accessibility
    }

    /// The activity edited; nil for a new one until its title is saved.
    public var activityID: String?
    /// The selected field and its text field.
    public var fields: FormState<Field>

    public init(activityID: String?, editor: TextEditor? = nil) {
        self.activityID = activityID
        self.fields = FormState()
        self.fields.editor = editor
    }

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
