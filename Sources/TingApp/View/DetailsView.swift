import DialogueKit
import TerminalKit

/// The form of the dialogue's own details: title, question, purpose, committee, administration, case number.
enum DetailsView {
    static func render(_ form: DetailsForm, dialogue: Dialogue, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let fields = DetailsForm.Field.allCases
        let inner = FormBox.open(
            title: s.detailsTitle, width: 76, height: fields.count * 2 + 6, on: buffer.size,
            into: &buffer)
        let values = fields.map { $0.value(in: dialogue) }.map { $0.isEmpty ? "–" : $0 }
        return FormBox.rows(
            labels: fields.map(\.label), values: values, selected: form.selected.rawValue, editor: form.editor,
            in: inner, into: &buffer)
    }
}
