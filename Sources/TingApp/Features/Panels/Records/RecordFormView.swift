import DialogueKit
import TerminalKit

/// The form of one planning entry (or of a new one, whose fields are still empty), and the question
/// asked before an entry is deleted.
enum RecordFormView {
    /// Draws the list's form or deletion question, if either is open; returns the cursor while typing.
    static func renderOverlay<R: PlanningRecord>(
        _ list: RecordListState<R>, records: [R], into buffer: inout ScreenBuffer
    ) -> Point? {
        let s = UIStrings.swedish
        if let id = list.confirmingDelete, let record = records.first(where: { $0.id == id }) {
            let question = R.deleteQuestion
            Overlay.render(
                title: question.title,
                lines: [R.Field.allCases[0].text(of: record), "", question.body, "", s.yesNo],
                in: Rect(buffer.size), into: &buffer)
            return nil
        }
        guard let form = list.form else { return nil }
        let record = form.recordID.flatMap { id in records.first { $0.id == id } }
        return render(
            form, record: record, title: form.recordID == nil ? R.formTitle.new : R.formTitle.existing,
            into: &buffer)
    }

    /// Draws a form titled `title`, each field's label with its value or its text field beside it.
    static func render<F: RecordField>(
        _ form: RecordForm<F>, record: F.Record?, title: String, into buffer: inout ScreenBuffer
    ) -> Point? {
        let fields = F.allCases
        let inner = FormBox.open(
            title: title, width: 76, height: fields.count * 2 + 4, on: buffer.size, into: &buffer)
        guard !inner.isEmpty else { return nil }
        return FormBox.rows(
            labels: fields.map(\.label),
            values: fields.map { field in
                let value = record.map(field.text(of:)) ?? ""
                let shown = value.isEmpty ? "–" : value
                return field.isChoice ? "‹ \(shown) ›" : shown
            }, selected: fields.firstIndex(of: form.selected) ?? 0,
            editor: form.editor, in: inner, into: &buffer)
    }
}
