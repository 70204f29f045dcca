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
                let value = field.value(in: dialogue)
                buffer.writeWrapped(value.isEmpty ? "–" : value, in: valueRect, style: Style(.overlay))
            }
            y += 2
        }
        return cursor
    }
}
