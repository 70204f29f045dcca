import DialogueKit
import TerminalKit

/// The form of one activity: title, phase (chosen, ‹ › around it), date, time, place, method, expected participants, accessibility.
enum ActivityFormView {
    static func render(_ form: ActivityForm, dialogue: Dialogue, into buffer: inout ScreenBuffer) -> Point? {
        let s = UIStrings.swedish
        let fields = ActivityForm.Field.allCases
        let activity = dialogue.planning.activities.first { $0.id == form.activityID }
        let inner = FormBox.open(
            title: activity == nil ? s.newActivity : s.activityFormTitle, width: 76, height: fields.count * 2 + 2,
            on: buffer.size, into: &buffer)
        return FormBox.rows(
            labels: fields.map(\.label),
            values: fields.map { field in
                if field == .phase, let activity {
                    let phase = activity.heldIn
                    return "‹ \(dialogue.title(of: phase)) ›"
                }
                let value = activity.map { field.value(in: $0) } ?? ""
                return value.isEmpty ? (field == .date ? s.noDate : "–") : value
            }, selected: fields.firstIndex(of: form.selected) ?? 0,
            editor: form.editor, in: inner, into: &buffer)
    }
}
