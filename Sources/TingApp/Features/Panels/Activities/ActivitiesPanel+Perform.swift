import DialogueKit
import Foundation
import TerminalKit

extension ActivitiesPanel {
    mutating func perform(_ action: ActivityAction, key: Key, in context: inout PanelContext) -> [Effect] {
        let activities = Self.ordered(context.dialogue)
        let open = openActivity(in: context.dialogue)
        switch action {
        case .moveInList: list.move(key, count: activities.count)
        case .open:
            guard activities.indices.contains(list.selected) else { return [] }
            openID = activities[list.selected].id
            section = .details
            rows = ListSelection()
        case .add:
            guard !context.refusesChange() else { return [] }
            editing = .newActivity(TextEditor())
        case .cycleStatus:
            guard activities.indices.contains(list.selected) else { return [] }
            let activity = activities[list.selected]
            return setStatus(activity.status.next, of: activity, in: &context)
        case .meeting:
            let selected = activities.indices.contains(list.selected) ? activities[list.selected] : nil
            guard let activity = open ?? selected else { return [] }
            context.opensMeeting = activity.id
        case .help: context.opensHelp = true
        case .back:
            openID = nil
            editing = nil
        case .stepSection:
            let all = ActivitySection.allCases
            let step = key == .backTab ? all.count - 1 : 1
            section = all[(section.rawValue + step) % all.count]
            rows = ListSelection()
        case .moveRow:
            guard let open else { return [] }
            rows.move(key, count: section.rowCount(of: open, in: context.dialogue))
        case .change, .toggle:
            guard let open, !context.refusesChange() else { return [] }
            return change(open, toggling: action == .toggle, in: &context)
        case .addRow:
            guard !context.refusesChange() else { return [] }
            guard let open else { return [] }
            switch section {
            case .agenda: editing = .agendaPoint(id: nil, form: FormState(typing: ""))
            case .contacts: editing = .contact(ContactDraft(activity: open.id), form: FormState(typing: ""))
            default: editing = .line(index: nil, TextEditor())
            }
        case .removeRow:
            guard let open, rows.selected < section.rowCount(of: open, in: context.dialogue), !context.refusesChange()
            else { return [] }
            editing = .confirmingRemoval(index: rows.selected)
        case .reorder:
            guard let open, open.agenda.indices.contains(rows.selected) else { return [] }
            let up = [.shiftUp, .character("K")].contains(key)
            let point = open.agenda[rows.selected].id
            let effects = attempt(&context) { dialogue, actor, now throws(DialogueError) in
                try dialogue.moveAgendaPoint(point, by: up ? -1 : 1, inActivity: open.id, actor: actor, at: now)
            }
            rows.selected = context.dialogue.activity(open.id)?.agenda.firstIndex { $0.id == point } ?? rows.selected
            return effects
        case .count: return count(open, by: key == .character("-") ? -1 : 1, in: &context)
        case .addDefaults:
            guard var activity = open else { return [] }
            for item in RunSheetItem.defaults where !activity.runSheet.contains(where: { $0.text == item.text }) {
                section.setLine(nil, to: item.text, in: &activity)
            }
            return save(activity, in: &context)
        case .save: return commit(in: &context)
        case .cancel:
            switch editing {
            case .agendaPoint(let id?, var form):
                form.editor = nil
                editing = .agendaPoint(id: id, form: form)
            case .contact(let draft, var form):
                form.editor = nil
                editing = .contact(draft, form: form)
            default: editing = nil
            }
        case .movePick:
            guard case .kind(var pick) = editing, let open else { return [] }
            pick.move(key, count: ActivityKindChoice.options(for: open, in: context.dialogue).count)
            editing = .kind(pick)
        case .choose:
            guard case .kind(let pick) = editing, var activity = open else { return [] }
            let options = ActivityKindChoice.options(for: activity, in: context.dialogue)
            editing = nil
            guard options.indices.contains(pick.selected) else { return [] }
            activity.kind = options[pick.selected].id
            return save(activity, in: &context)
        case .moveField:
            switch editing {
            case .agendaPoint(let id, var form):
                form.move(key)
                editing = .agendaPoint(id: id, form: form)
            case .contact(let draft, var form):
                form.move(key)
                editing = .contact(draft, form: form)
            default: break
            }
        case .changeField:
            if case .contact(let draft, let form) = editing { return changeContact(draft, form: form, in: &context) }
            guard case .agendaPoint(let id?, var form) = editing, !context.refusesChange(),
                let point = open?.agenda.first(where: { $0.id == id })
            else { return [] }
            form.beginTyping(form.selected.text(of: point))
            editing = .agendaPoint(id: id, form: form)
        case .closeForm:
            if case .contact(let draft, _) = editing, draft.savedID == nil,
                draft != ContactDraft(activity: draft.activity ?? "")
            {
                context.status = StatusLine(UIStrings.swedish.contactDiscarded)
            }
            editing = nil
        case .purge:
            let count = context.dialogue.contactsPastRetention(on: context.today).count
            guard count > 0, !context.refusesChange() else { return [] }
            editing = .confirmingPurge(count)
        case .confirmPurge:
            editing = nil
            let (actor, today) = (context.actor, context.today)
            var purged = 0
            let effects = context.change { dialogue, now in
                purged = dialogue.purgeContacts(pastRetentionOn: today, by: actor, at: now)
                return purged > 0
            }
            context.status = StatusLine(UIStrings.swedish.purged(purged))
            if let open { rows.clamp(count: section.rowCount(of: open, in: context.dialogue)) }
            return effects
        case .confirm:
            guard case .confirmingRemoval(let index) = editing, var activity = open else { return [] }
            editing = nil
            let effects: [Effect]
            switch section {
            case .agenda where activity.agenda.indices.contains(index):
                let point = activity.agenda[index].id
                effects = attempt(&context) { dialogue, actor, now throws(DialogueError) in
                    try dialogue.removeAgendaPoint(point, fromActivity: activity.id, by: actor, at: now)
                }
            case .runSheet where activity.runSheet.indices.contains(index):
                let item = activity.runSheet[index].id
                effects = attempt(&context) { dialogue, actor, now throws(DialogueError) in
                    try dialogue.removeRunSheetItem(item, fromActivity: activity.id, by: actor, at: now)
                }
            case .notes, .documentation, .organisations:
                section.removeLine(index, from: &activity)
                effects = save(activity, in: &context)
            case .contacts:
                let contacts = ActivitySection.contacts(of: activity, in: context.dialogue)
                guard contacts.indices.contains(index) else { return [] }
                let actor = context.actor
                effects = context.change { dialogue, now in
                    dialogue.removeContact(contacts[index].id, by: actor, at: now)
                }
            default: return []
            }
            if let activity = openActivity(in: context.dialogue) {
                rows.clamp(count: section.rowCount(of: activity, in: context.dialogue))
            }
            return effects
        case .decline: editing = nil
        }
        return []
    }

    mutating func typed(_ key: Key, in context: inout PanelContext) -> [Effect]? {
        guard var editing, editing.type(key) else { return nil }
        self.editing = editing
        return []
    }

    /// Enter (or Space, `toggling`) on the selected row of the open activity's section.
    private mutating func change(_ activity: Activity, toggling: Bool, in context: inout PanelContext) -> [Effect] {
        let index = rows.selected
        switch section {
        case .details:
            let field = ActivityDetailField.allCases[min(index, ActivityDetailField.allCases.count - 1)]
            switch field {
            case .status: return setStatus(activity.status.next, of: activity, in: &context)
            case .kind:
                guard !toggling else { return [] }
                let options = ActivityKindChoice.options(for: activity, in: context.dialogue)
                editing = .kind(ListSelection(selected: options.firstIndex { $0.id == activity.kind } ?? 0))
            default:
                guard !toggling else { return [] }
                editing = .detail(field, TextEditor(text: field.text(of: activity)))
            }
        case .agenda:
            guard !toggling, activity.agenda.indices.contains(index) else { return [] }
            editing = .agendaPoint(id: activity.agenda[index].id, form: FormState())
        case .runSheet where toggling:
            guard activity.runSheet.indices.contains(index) else { return [] }
            let item = activity.runSheet[index]
            return attempt(&context) { dialogue, actor, now throws(DialogueError) in
                try dialogue.setRunSheetItem(item.id, done: !item.isDone, inActivity: activity.id, by: actor, at: now)
            }
        case .attendance:
            let rows = AttendanceRow.rows(for: activity, in: context.dialogue)
            guard !toggling, rows.indices.contains(index) else { return [] }
            let count = rows[index].count
            editing = .count(count, TextEditor(text: activity.attendance[count].map(String.init) ?? ""))
        case .contacts:
            let contacts = ActivitySection.contacts(of: activity, in: context.dialogue)
            guard !toggling, contacts.indices.contains(index) else { return [] }
            editing = .contact(ContactDraft(contacts[index]), form: FormState())
        case .runSheet, .notes, .documentation, .organisations:
            let lines = section.lines(of: activity)
            guard !toggling, lines.indices.contains(index) else { return [] }
            editing = .line(index: index, TextEditor(text: lines[index]))
        }
        return []
    }

    /// Enter in a text field: checks what was typed and saves it, or says in the status line what is wrong.
    private mutating func commit(in context: inout PanelContext) -> [Effect] {
        let s = UIStrings.swedish
        guard let editing, let typed = editing.editor?.text else { return [] }
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        if case .newActivity = editing { return addActivity(titled: text, in: &context) }
        guard var activity = openActivity(in: context.dialogue) else {
            self.editing = nil
            return []
        }
        switch editing {
        case .detail(let field, _):
            if let problem = field.set(text, in: &activity) {
                context.fail(problem)
                return []
            }
            self.editing = nil
        case .count(let count, _):
            guard text.isEmpty || (Int(text).map { $0 >= 0 } ?? false) else {
                context.fail(s.invalidCount)
                return []
            }
            self.editing = nil
            return attempt(&context) { dialogue, actor, now throws(DialogueError) in
                try dialogue.setAttendance(Int(text), for: count, ofActivity: activity.id, by: actor, at: now)
            }
        case .line(let index, _):
            guard !text.isEmpty else {
                if index == nil { self.editing = nil } else { context.fail(s.fieldRequired) }
                return []
            }
            section.setLine(index, to: text, in: &activity)
            let count = section.lines(of: activity).count
            rows.selected = index ?? count - 1
            // Minutes are written a paragraph at a time: Enter after a new one begins the next.
            self.editing = index == nil && section == .notes ? .line(index: nil, TextEditor()) : nil
        case .agendaPoint(let id, var form):
            // A new point is added once its title is given; the form stays open on it.
            var point = activity.agenda.first { $0.id == id } ?? AgendaPoint(id: "", title: "")
            if let problem = form.selected.set(text, in: &point) {
                context.fail(problem)
                return []
            }
            form.editor = nil
            var pointID = point.id
            let effects = attempt(&context) { dialogue, actor, now throws(DialogueError) in
                if id == nil {
                    pointID = try dialogue.addAgendaPoint(
                        title: point.title, toActivity: activity.id, by: actor, at: now)
                } else {
                    try dialogue.updateAgendaPoint(point, inActivity: activity.id, by: actor, at: now)
                }
            }
            self.editing = .agendaPoint(id: pointID.isEmpty ? nil : pointID, form: form)
            if let index = context.dialogue.activity(activity.id)?.agenda.firstIndex(where: { $0.id == pointID }) {
                rows.selected = index
            }
            return effects
        case .contact(var draft, var form):
            if let problem = form.selected.set(text, in: &draft) {
                context.fail(problem)
                return []
            }
            form.editor = nil
            return keep(draft, form: form, in: &context)
        case .newActivity, .kind, .confirmingRemoval, .confirmingPurge: return []
        }
        return save(activity, in: &context)
    }

    /// Enter or Space on a field of the contact form: consent is given with it (withdrawing it is
    /// removing the contact); any other field opens its text field.
    private mutating func changeContact(
        _ draft: ContactDraft, form: FormState<ContactField>, in context: inout PanelContext
    ) -> [Effect] {
        var (draft, form) = (draft, form)
        guard !context.refusesChange() else { return [] }
        guard form.selected.isChoice else {
            form.beginTyping(form.selected.text(of: draft))
            editing = .contact(draft, form: form)
            return []
        }
        guard draft.savedID == nil || !draft.consent else {
            context.fail(UIStrings.swedish.consentWithdrawn)
            return []
        }
        draft.consent.toggle()
        return keep(draft, form: form, in: &context)
    }

    /// Keeps the draft in the form and, once it is complete, in the dialogue: added the first time, replaced after.
    private mutating func keep(_ draft: ContactDraft, form: FormState<ContactField>, in context: inout PanelContext)
        -> [Effect]
    {
        var draft = draft
        defer { editing = .contact(draft, form: form) }
        guard draft.isComplete else { return [] }
        let actor = context.actor
        guard let id = draft.savedID else {
            let effects = attempt(&context) { dialogue, actor, now throws(DialogueError) in
                guard let contact = draft.contact(id: "") else { return }
                draft.savedID = try dialogue.addContact(
                    name: contact.name, contact: contact.contact, consent: contact.consent, purpose: contact.purpose,
                    retainUntil: contact.retainUntil, activity: contact.activity, by: actor, at: now)
            }
            if draft.savedID != nil { context.status = StatusLine(UIStrings.swedish.contactSaved) }
            return effects
        }
        return context.change { dialogue, now in
            guard let index = dialogue.contacts.firstIndex(where: { $0.id == id }), let saved = draft.contact(id: id)
            else { return false }
            dialogue.contacts[index] = saved
            dialogue.modifiedBy = actor
            dialogue.modifiedAt = now
            return true
        }
    }

    /// Adds an activity held in Genomförande and opens it on its details.
    private mutating func addActivity(titled title: String, in context: inout PanelContext) -> [Effect] {
        guard !title.isEmpty else {
            context.fail(UIStrings.swedish.activityTitleMissing)
            return []
        }
        var id: String?
        let actor = context.actor
        let effects = context.change { dialogue, now in
            id = dialogue.addActivity(title: title, kind: "", date: nil, by: actor, at: now)
            return true
        }
        editing = nil
        guard let id else { return effects }
        list.selected = Self.ordered(context.dialogue).firstIndex { $0.id == id } ?? list.selected
        openID = id
        section = .details
        rows = ListSelection()
        return effects
    }

    /// + or - on a count of the attendance: one more or one fewer, never below zero.
    private mutating func count(_ activity: Activity?, by step: Int, in context: inout PanelContext) -> [Effect] {
        guard let activity else { return [] }
        let rows = AttendanceRow.rows(for: activity, in: context.dialogue)
        guard rows.indices.contains(self.rows.selected) else { return [] }
        let count = rows[self.rows.selected].count
        guard activity.attendance[count] != nil || step > 0 else { return [] }
        return attempt(&context) { dialogue, actor, now throws(DialogueError) in
            try dialogue.adjustAttendance(count, ofActivity: activity.id, step: step, by: actor, at: now)
        }
    }

    /// Sets the activity's status: planerad, genomförd, inställd.
    private func setStatus(_ status: ActivityStatus, of activity: Activity, in context: inout PanelContext) -> [Effect]
    {
        attempt(&context) { dialogue, actor, now throws(DialogueError) in
            try dialogue.setStatus(status, ofActivity: activity.id, by: actor, at: now)
        }
    }

    /// Runs one of the dialogue's edits as the context's actor: saves it, or says in the status line why not.
    private func attempt(
        _ context: inout PanelContext, _ edit: (inout Dialogue, String, Date) throws(DialogueError) -> Void
    ) -> [Effect] {
        let actor = context.actor
        return context.attempt { dialogue, now throws(DialogueError) in try edit(&dialogue, actor, now) }
    }

    /// Saves the activity as changed, replacing the dialogue's copy.
    private func save(_ activity: Activity, in context: inout PanelContext) -> [Effect] {
        context.change { dialogue, now in dialogue.updateActivity(activity, at: now) }
    }
}
