import DialogueKit
import TerminalKit

/// A date typed on the prompt row of a panel (a feedback round's planned or sent date, a publication's
/// date): its label, the text field, and what the typed text means.
struct DatePrompt: Equatable, Sendable {
    /// What the date is, shown before the field ("Skickad den (ÅÅÅÅ-MM-DD):").
    var label: String
    var editor: TextEditor
    /// Whether an empty field means "no date"; else a date must be typed.
    var allowsEmpty: Bool

    /// A prompt holding `date` (or nothing) to change.
    init(label: String, date: LocalDate?, allowsEmpty: Bool) {
        self.label = label
        self.editor = TextEditor(text: date?.description ?? "")
        self.allowsEmpty = allowsEmpty
    }

    /// The date typed: `.success(nil)` for an empty field where that is allowed; a failure with the sentence
    /// saying how to write a date otherwise.
    var date: Result<LocalDate?, DatePromptError> {
        let text = editor.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return allowsEmpty ? .success(nil) : .failure(DatePromptError()) }
        guard let date = LocalDate(text) else { return .failure(DatePromptError()) }
        return .success(date)
    }

    /// Draws the label and the field on `row`; returns where the cursor goes.
    func render(on row: Rect, into buffer: inout ScreenBuffer) -> Point? {
        PromptRow.render(label: label, editor: editor, on: row, into: &buffer)
    }
}

/// A date typed that is not ÅÅÅÅ-MM-DD; its description is the sentence saying how to write one.
struct DatePromptError: Error, Equatable, CustomStringConvertible {
    var description: String { UIStrings.swedish.invalidDate }
}
