import DialogueKit
import TerminalKit

extension AppState {
    /// Keys of the Tidplan panel; nil lets the checklist's keys (phase, help, back) apply.
    mutating func handleScheduleKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect]? {
        switch d.schedule.mode {
        case .browsing: return handleScheduleListKey(key, in: &d)
        case .editingDate(let slot, var editor):
            switch key {
            case .escape: d.schedule.mode = .browsing
            case .enter:
                let text = editor.text.trimmingCharacters(in: .whitespaces)
                guard text.isEmpty || LocalDate(text) != nil else {
                    status = StatusLine(UIStrings.swedish.invalidDate, isError: true)
                    return []
                }
                d.schedule.mode = .browsing
                if let item = d.dialogue.scheduleItem(for: slot) {
                    return edit(.date(LocalDate(text)), item: item.id, in: &d)
                }
                return saveChange(to: &d) { $0.setPlannedDate(LocalDate(text), for: slot, at: $1) }
            case .character where editor.text.count >= SchedulePanelState.dateLength:
                // A date is ten characters; more would not fit the cell and cannot be a date.
                status = StatusLine(UIStrings.swedish.invalidDate, isError: true)
            default:
                _ = editor.handle(key)
                d.schedule.mode = .editingDate(slot, editor: editor)
            }
            return []
        case .activity(var form): return handleActivityFormKey(key, form: &form, in: &d)
        case .confirmingDelete(let id):
            switch key {
            case let key where key.confirms:
                d.schedule.mode = .browsing
                let effects = saveChange(to: &d) { $0.removeActivity(id: id, at: $1) }
                d.schedule.selected = min(d.schedule.selected, scheduleRowCount(d) - 1)
                return effects
            case let key where key.declines: d.schedule.mode = .browsing
            default: break
            }
            return []
        }
    }

    private mutating func handleScheduleListKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect]? {
        switch key {
        case .up, .character("k"): d.schedule.selected = max(0, d.schedule.selected - 1)
        case .down, .character("j"): d.schedule.selected = min(scheduleRowCount(d) - 1, d.schedule.selected + 1)
        case .home: d.schedule.selected = 0
        case .end: d.schedule.selected = scheduleRowCount(d) - 1
        case .left, .character("h"): d.schedule.bound = .start
        case .right, .character("l"): d.schedule.bound = .end
        case .character("a"):
            guard !refusesChange(to: d) else { return [] }
            d.schedule.mode = .activity(ActivityForm(activityID: nil, editor: TextEditor()))
        case .enter:
            if let index = d.schedule.activityIndex {
                d.schedule.mode = .activity(ActivityForm(activityID: d.dialogue.planning.activities[index].id))
                return []
            }
            return beginEditingPhaseDate(in: &d)
        case .character("d"):
            guard let index = d.schedule.activityIndex, !refusesChange(to: d) else { return [] }
            d.schedule.mode = .confirmingDelete(activityID: d.dialogue.planning.activities[index].id)
        default: return nil
        }
        return []
    }

    /// Enter on a phase row: edits its start or end date, whether or not the handbook dates that phase.
    private mutating func beginEditingPhaseDate(in d: inout DialogueScreenState) -> [Effect] {
        guard !refusesChange(to: d) else { return [] }
        let phase = Phase.allCases[d.schedule.selected]
        let slot = ScheduleSlot(phase: phase, bound: d.schedule.bound)
        let dates = d.dialogue.schedule(of: phase)
        let date = slot.bound == .start ? dates.start : dates.end
        d.schedule.mode = .editingDate(slot, editor: TextEditor(text: date?.description ?? ""))
        return []
    }

    private mutating func handleActivityFormKey(
        _ key: Key, form: inout ActivityForm, in d: inout DialogueScreenState
    ) -> [Effect] {
        if var editor = form.editor {
            switch key {
            case .escape:
                form.editor = nil
                if form.activityID == nil {
                    d.schedule.mode = .browsing
                    return []
                }
            case .enter:
                let (effects, problem) = commit(editor.text, to: &form, in: &d)
                if let problem {
                    status = StatusLine(problem, isError: true)
                } else {
                    form.editor = nil
                }
                d.schedule.mode = .activity(form)
                return effects
            default:
                _ = editor.handle(key)
                form.editor = editor
            }
            d.schedule.mode = .activity(form)
            return []
        }
        let fields = ActivityForm.Field.allCases
        switch key {
        case .up, .character("k"): form.selected = fields[max(0, form.selected.rawValue - 1)]
        case .down, .character("j"), .tab: form.selected = fields[min(fields.count - 1, form.selected.rawValue + 1)]
        case .enter, .character(" "):
            // Space moves a choice on but never starts typing, so the keys after it still move.
            guard key == .enter || form.selected.isChoice else { break }
            guard !refusesChange(to: d), var activity = activity(form.activityID, in: d) else { return [] }
            guard form.selected.isChoice else {
                form.editor = TextEditor(text: form.selected.value(in: activity))
                break
            }
            activity.phase = activity.heldIn.next
            d.schedule.mode = .activity(form)
            return saveChange(to: &d) { $0.updateActivity(activity, at: $1) }
        case .escape, .character("q"):
            d.schedule.mode = .browsing
            return []
        default: break
        }
        d.schedule.mode = .activity(form)
        return []
    }

    /// Saves a typed field: a new activity is added once its title is given. Returns the effects and,
    /// when the text does not fit the field, the sentence saying why (nothing is saved then).
    private mutating func commit(_ text: String, to form: inout ActivityForm, in d: inout DialogueScreenState)
        -> (effects: [Effect], problem: String?)
    {
        var changed = activity(form.activityID, in: d) ?? Activity(id: "", title: "")
        if let problem = form.selected.set(text, in: &changed) { return ([], problem) }
        guard form.activityID == nil else { return (saveChange(to: &d) { $0.updateActivity(changed, at: $1) }, nil) }
        var newID: String?
        let effects = saveChange(to: &d) { dialogue, now in
            newID = dialogue.addActivity(title: changed.title, at: now)
            return true
        }
        form.activityID = newID
        if let newID, let index = d.dialogue.planning.activities.firstIndex(where: { $0.id == newID }) {
            d.schedule.selected = Phase.allCases.count + index
        }
        return (effects, nil)
    }

    private func activity(_ id: String?, in d: DialogueScreenState) -> Activity? {
        d.dialogue.planning.activities.first { $0.id == id }
    }

    /// The phases and the activities.
    private func scheduleRowCount(_ d: DialogueScreenState) -> Int {
        Phase.allCases.count + d.dialogue.planning.activities.count
    }
}
