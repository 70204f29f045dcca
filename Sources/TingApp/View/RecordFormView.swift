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
        let labelWidth = (fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
        var cursor: Point?
        var y = inner.y
        for field in fields where y < inner.maxY {
            let selected = field == form.selected
            let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            buffer.write(
                (selected ? "> " : "  ") + field.label, at: Point(x: row.x, y: y),
                style: Style(selected ? .selection : .header, bold: true), clip: row)
            let valueRect = Rect(
                x: row.x + labelWidth + 2, y: y, width: max(1, row.width - labelWidth - 2),
                height: min(2, inner.maxY - y))
            if selected, let editor = form.editor {
                cursor = FormBox.field(editor, in: valueRect, into: &buffer)
            } else {
                let value = record.map(field.text(of:)) ?? ""
                let shown = value.isEmpty ? "–" : value
                buffer.writeWrapped(field.isChoice ? "‹ \(shown) ›" : shown, in: valueRect, style: Style(.overlay))
            }
            y += 2
        }
        return cursor
    }
}
