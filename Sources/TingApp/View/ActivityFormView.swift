import DialogueKit
import TerminalKit

/// The form of one activity: title, date, time, place, method, expected participants, accessibility.
enum ActivityFormView {
    static func render(_ form: ActivityForm, dialogue: Dialogue, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let fields = ActivityForm.Field.allCases
        let activity = dialogue.planning.activities.first { $0.id == form.activityID }
        let inner = FormBox.open(
            title: activity == nil ? s.newActivity : s.activityFormTitle, width: 76, height: fields.count * 2 + 2,
            on: buffer.size, into: &buffer)
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
                let value = activity.map { field.value(in: $0) } ?? ""
                let shown = value.isEmpty ? (field == .date ? s.noDate : "–") : value
                buffer.writeWrapped(shown, in: valueRect, style: Style(.overlay))
            }
            y += 2
        }
        return cursor
    }
}
