import DialogueKit
import TerminalKit

/// What the Aktiviteter panel is doing besides browsing: typing, choosing or asking.
enum ActivityEditing: Sendable {
    /// Typing the title of a new activity, in the list.
    case newActivity(TextEditor)
    /// Typing one of the open activity's details (title, date, start, end, place).
    case detail(ActivityDetailField, TextEditor)
    /// Choosing the activity's kind from the list `ActivityKindChoice.options` gives.
    case kind(ListSelection)
    /// The form of an agenda point; `id` nil while a new point waits for its title.
    case agendaPoint(id: String?, form: FormState<AgendaField>)
    /// Typing a count of the attendance.
    case count(AttendanceCount, TextEditor)
    /// Typing a line of the run sheet, the minutes, the documentation or the organisations;
    /// `index` nil for a new line at the end.
    case line(index: Int?, TextEditor)
    /// Asking whether to remove the selected row of the section.
    case confirmingRemoval(index: Int)
    /// The form of a participant's contact details.
    case contact(ContactDraft, form: FormState<ContactField>)
    /// Asking whether to purge this many contacts past their retention date.
    case confirmingPurge(Int)

    /// The text field being typed, if any.
    var editor: TextEditor? {
        switch self {
        case .newActivity(let editor), .detail(_, let editor), .count(_, let editor), .line(_, let editor):
            editor
        case .agendaPoint(_, let form): form.editor
        case .contact(_, let form): form.editor
        case .kind, .confirmingRemoval, .confirmingPurge: nil
        }
    }
}

extension ActivityEditing {
    /// Gives a key to the text field being typed; false when nothing is typed.
    mutating func type(_ key: Key) -> Bool {
        switch self {
        case .newActivity(var editor):
            _ = editor.handle(key)
            self = .newActivity(editor)
        case .detail(let field, var editor):
            _ = editor.handle(key)
            self = .detail(field, editor)
        case .count(let count, var editor):
            _ = editor.handle(key)
            self = .count(count, editor)
        case .line(let index, var editor):
            _ = editor.handle(key)
            self = .line(index: index, editor)
        case .agendaPoint(let id, var form) where form.isTyping:
            form.type(key)
            self = .agendaPoint(id: id, form: form)
        case .contact(let draft, var form) where form.isTyping:
            form.type(key)
            self = .contact(draft, form: form)
        case .agendaPoint, .contact, .kind, .confirmingRemoval, .confirmingPurge: return false
        }
        return true
    }
}
