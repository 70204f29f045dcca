import TerminalKit

/// The form of one planning entry, edited a field at a time; every field is saved when its Enter is pressed.
struct RecordForm<Field: RecordField>: Sendable {
    /// The entry's id; nil while a new entry waits for its first field.
    var recordID: String?
    /// The selected field and its text field.
    var fields: FormState<Field>

    /// The form of an existing entry, on its first field.
    init(recordID: String) {
        self.recordID = recordID
        self.fields = FormState()
    }

    /// The form of a new entry, typing its first field.
    init() {
        self.recordID = nil
        self.fields = FormState(typing: "")
    }

    /// The field with the selection.
    var selected: Field {
        get { fields.selected }
        set { fields.selected = newValue }
    }

    /// The text field, while a field is being typed.
    var editor: TextEditor? {
        get { fields.editor }
        set { fields.editor = newValue }
    }
}
