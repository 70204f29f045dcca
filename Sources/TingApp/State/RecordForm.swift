import TerminalKit

/// The form of one planning entry, edited a field at a time; every field is saved when its Enter is pressed.
struct RecordForm<Field: RecordField>: Sendable {
    /// The entry's id; nil while a new entry waits for its first field.
    var recordID: String?
    var selected: Field
    /// The text field, while a field is being typed.
    var editor: TextEditor?

    /// The form of an existing entry, on its first field.
    init(recordID: String) {
        self.recordID = recordID
        self.selected = Field.allCases[0]
    }

    /// The form of a new entry, typing its first field.
    init() {
        self.recordID = nil
        self.selected = Field.allCases[0]
        self.editor = TextEditor(text: "")
    }
}
