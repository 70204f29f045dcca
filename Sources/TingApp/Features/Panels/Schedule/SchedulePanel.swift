import DialogueKit
import TerminalKit

extension PanelID {
    /// The Tidplan panel of Planering.
    public static let schedule = PanelID("schedule")
}

/// The Tidplan panel: the selected row (the five phases, then the activities), and what is being done.
struct SchedulePanel: Panel {
    /// What the panel is doing besides browsing.
    enum Mode: Sendable {
        case browsing
        /// Typing a phase's start or end date: into the checklist's date item where the handbook has
        /// one, else into the dates the planning keeps.
        case editingDate(ScheduleSlot, editor: TextEditor)
        /// The form of one activity.
        case activity(ActivityForm)
        /// Asking whether to delete the activity with this id.
        case confirmingDelete(activityID: String)
    }

    /// What the panel's keys ask for.
    enum Action: Sendable {
        case move, bound, add, edit, delete
        case saveDate, cancel
        case moveField, changeField, cycleField, saveField, cancelField
        case confirmDelete
    }

    static let id = PanelID.schedule
    static var title: String { UIStrings.swedish.panelSchedule }

    /// A date as typed, ÅÅÅÅ-MM-DD: the date cell takes no more characters than this.
    static let dateLength = 10

    /// Rows 0–4 are the phases in order; from 5 on, the activities.
    var selected = 0
    /// Which date of the selected phase row is selected.
    var bound: ScheduleSlot.Bound = .start
    var mode: Mode = .browsing

    /// The selected activity's index, when an activity row is selected.
    var activityIndex: Int? {
        selected >= Phase.allCases.count ? selected - Phase.allCases.count : nil
    }

    var isBrowsing: Bool { if case .browsing = mode { true } else { false } }

    func keyMap(in context: PanelContext) -> KeyMap<Action> {
        let s = UIStrings.swedish
        switch mode {
        case .browsing:
            return CommonBindings.move(.move)
                + KeyMap([
                    (KeyBinding([.left, .right], "←→", s.keyDate), .bound),
                    (KeyBinding([.character("h"), .character("l")], "h/l", s.keyDate, hintLine: false), .bound),
                    (KeyBinding([.enter], "Enter", s.keyEditSchedule), .edit),
                    (KeyBinding("a", s.keyAddActivity), .add),
                    (CommonBindings.delete, .delete),
                ])
        case .editingDate: return CommonBindings.typing(save: .saveDate, cancel: .cancel)
        case .activity(let form):
            if form.editor != nil { return CommonBindings.typing(save: .saveField, cancel: .cancelField) }
            return CommonBindings.moveField(.moveField)
                + KeyMap([
                    (KeyBinding([.enter], "Enter", s.keyEditSchedule), .changeField),
                    (CommonBindings.space, .cycleField), (CommonBindings.close, .cancel),
                    (CommonBindings.closeByQ, .cancel),
                ])
        case .confirmingDelete: return CommonBindings.confirmation(s.keyDelete, yes: .confirmDelete, no: .cancel)
        }
    }

    mutating func perform(_ action: Action, key: Key, in context: inout PanelContext) -> [Effect] {
        let rows = Phase.allCases.count + context.dialogue.planning.activities.count
        switch action {
        case .move: selected = ListSelection.moved(selected, by: key, count: rows, page: 5) ?? selected
        case .bound: bound = key == .left || key == .character("h") ? .start : .end
        case .add:
            guard !context.refusesChange() else { return [] }
            mode = .activity(ActivityForm(activityID: nil, editor: TextEditor()))
        case .edit:
            if let index = activityIndex {
                mode = .activity(ActivityForm(activityID: context.dialogue.planning.activities[index].id))
                return []
            }
            beginEditingPhaseDate(in: &context)
        case .delete:
            guard let index = activityIndex, !context.refusesChange() else { return [] }
            mode = .confirmingDelete(activityID: context.dialogue.planning.activities[index].id)
        case .saveDate: return saveDate(in: &context)
        case .cancel: mode = .browsing
        case .confirmDelete:
            guard case .confirmingDelete(let id) = mode else { return [] }
            mode = .browsing
            let effects = context.change { $0.removeActivity(id: id, at: $1) }
            dialogueChanged(context.dialogue)
            return effects
        case .moveField, .changeField, .cycleField, .saveField, .cancelField:
            guard case .activity(var form) = mode else { return [] }
            let effects = perform(action, key: key, on: &form, in: &context)
            // Esc on the title of an activity not yet added leaves the form; the form stays open otherwise.
            mode = action == .cancelField && form.activityID == nil ? .browsing : .activity(form)
            return effects
        }
        return []
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        switch mode {
        case .editingDate(let slot, var editor):
            if case .character = key, editor.text.count >= Self.dateLength {
                // A date is ten characters; more would not fit the cell and cannot be a date.
                context.fail(UIStrings.swedish.invalidDate)
                return []
            }
            _ = editor.handle(key)
            mode = .editingDate(slot, editor: editor)
            return []
        case .activity(var form) where form.editor != nil:
            form.fields.type(key)
            mode = .activity(form)
            return []
        default: return nil
        }
    }

    mutating func dialogueChanged(_ dialogue: Dialogue) {
        selected = min(selected, Phase.allCases.count + dialogue.planning.activities.count - 1)
    }

    /// Enter on a phase row: edits its start or end date, whether or not the handbook dates that phase.
    private mutating func beginEditingPhaseDate(in context: inout PanelContext) {
        guard !context.refusesChange() else { return }
        let phase = Phase.allCases[selected]
        let slot = ScheduleSlot(phase: phase, bound: bound)
        let dates = context.dialogue.schedule(of: phase)
        let date = slot.bound == .start ? dates.start : dates.end
        mode = .editingDate(slot, editor: TextEditor(text: date?.description ?? ""))
    }

    /// Enter on a typed date: into the checklist's date item where the handbook has one, else into the
    /// planning's own dates.
    private mutating func saveDate(in context: inout PanelContext) -> [Effect] {
        guard case .editingDate(let slot, let editor) = mode else { return [] }
        let text = editor.text.trimmingCharacters(in: .whitespaces)
        guard text.isEmpty || LocalDate(text) != nil else {
            context.fail(UIStrings.swedish.invalidDate)
            return []
        }
        mode = .browsing
        if let item = context.dialogue.scheduleItem(for: slot) {
            let actor = context.actor
            return context.attempt { dialogue, now throws(DialogueError) in
                try dialogue.apply(.date(LocalDate(text)), to: item.id, by: actor, at: now)
            }
        }
        return context.change { $0.setPlannedDate(LocalDate(text), for: slot, at: $1) }
    }

    /// A key of the activity form.
    private mutating func perform(
        _ action: Action, key: Key, on form: inout ActivityForm, in context: inout PanelContext
    ) -> [Effect] {
        switch action {
        case .moveField: form.fields.move(key)
        case .changeField, .cycleField:
            // Space moves a choice on but never starts typing, so the keys after it still move.
            guard action == .changeField || form.selected.isChoice else { return [] }
            guard !context.refusesChange(), var activity = activity(form.activityID, in: context.dialogue) else {
                return []
            }
            guard form.selected.isChoice else {
                form.fields.beginTyping(form.selected.value(in: activity))
                return []
            }
            activity.phase = activity.heldIn.next
            return context.change { $0.updateActivity(activity, at: $1) }
        case .cancelField: form.editor = nil
        case .saveField:
            guard let text = form.editor?.text else { return [] }
            let (effects, problem) = commit(text, to: &form, in: &context)
            if let problem { context.fail(problem) } else { form.editor = nil }
            return effects
        default: break
        }
        return []
    }

    /// Saves a typed field: a new activity is added once its title is given. Returns the effects and,
    /// when the text does not fit the field, the sentence saying why (nothing is saved then).
    private mutating func commit(_ text: String, to form: inout ActivityForm, in context: inout PanelContext)
        -> (effects: [Effect], problem: String?)
    {
        var changed = activity(form.activityID, in: context.dialogue) ?? Activity(id: "", title: "")
        if let problem = form.selected.set(text, in: &changed) { return ([], problem) }
        guard form.activityID == nil else {
            return (context.change { $0.updateActivity(changed, at: $1) }, nil)
        }
        var newID: String?
        let effects = context.change { dialogue, now in
            newID = dialogue.addActivity(title: changed.title, at: now)
            return true
        }
        form.activityID = newID
        if let newID, let index = context.dialogue.planning.activities.firstIndex(where: { $0.id == newID }) {
            selected = Phase.allCases.count + index
        }
        return (effects, nil)
    }

    private func activity(_ id: String?, in dialogue: Dialogue) -> Activity? {
        dialogue.planning.activities.first { $0.id == id }
    }
}
