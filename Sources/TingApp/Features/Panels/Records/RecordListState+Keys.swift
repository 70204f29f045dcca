import DialogueKit
import TerminalKit

extension RecordListState {
    /// The keys of the list in its current state: ↑↓ move, Enter edits the selected entry in a form, `a` adds
    /// one, `d` deletes it after y/n; in the form, ↑↓ between fields, Enter changes one, Space cycles a choice.
    func keyMap() -> KeyMap<RecordListAction> {
        let s = UIStrings.swedish
        if confirmingDelete != nil {
            return CommonBindings.confirmation(s.keyDelete, yes: .confirmDelete, no: .cancelDelete)
        }
        if let form {
            if form.editor != nil { return CommonBindings.typing(save: .saveField, cancel: .cancelField) }
            return CommonBindings.moveField(.moveField)
                + KeyMap([
                    (CommonBindings.enter, .changeField), (CommonBindings.space, .cycleField),
                    (CommonBindings.close, .closeForm), (CommonBindings.closeByQ, .closeForm),
                    (CommonBindings.help, .help),
                ])
        }
        return CommonBindings.move(.move)
            + KeyMap([(CommonBindings.enter, .edit), (CommonBindings.add, .add), (CommonBindings.delete, .delete)])
    }

    /// A key typed into the form's open text field; nil when no field is open.
    mutating func typed(_ key: Key) -> [Effect]? {
        guard form?.editor != nil else { return nil }
        form?.fields.type(key)
        return []
    }

    /// Does what a key of `keyMap()` asked.
    mutating func perform(_ action: RecordListAction, key: Key, in context: inout PanelContext) -> [Effect] {
        let records = Record.all(in: context.dialogue)
        switch action {
        case .move: selection.move(key, count: records.count)
        case .edit:
            guard records.indices.contains(selected), !context.refusesChange() else { return [] }
            form = RecordForm(recordID: records[selected].id)
        case .add:
            guard !context.refusesChange() else { return [] }
            form = RecordForm()
        case .delete:
            guard records.indices.contains(selected), !context.refusesChange() else { return [] }
            confirmingDelete = records[selected].id
        case .confirmDelete:
            guard let id = confirmingDelete else { return [] }
            confirmingDelete = nil
            let actor = context.actor
            let effects = context.attempt { dialogue, now throws(DialogueError) in
                try Record.remove(id: id, from: &dialogue, by: actor, at: now)
            }
            selection.clamp(count: Record.all(in: context.dialogue).count)
            return effects
        case .cancelDelete: confirmingDelete = nil
        case .moveField: form?.fields.move(key)
        case .changeField, .cycleField: return change(isEnter: action == .changeField, in: &context)
        case .closeForm: form = nil
        case .help: context.opensHelp = true
        case .cancelField:
            form?.editor = nil
            if form?.recordID == nil { form = nil }
        case .saveField:
            guard let typed = form?.editor?.text else { return [] }
            return commit(typed, in: &context)
        }
        return []
    }

    /// Enter or Space on a field of the form: a choice steps to its next value and is saved; Enter on a text
    /// field opens it. Space never starts typing, so the keys after it still move.
    private mutating func change(isEnter: Bool, in context: inout PanelContext) -> [Effect] {
        guard let field = form?.selected, isEnter || field.isChoice else { return [] }
        guard !context.refusesChange(), let id = form?.recordID,
            var record = Record.all(in: context.dialogue).first(where: { $0.id == id })
        else { return [] }
        guard field.isChoice else {
            form?.fields.beginTyping(field.text(of: record))
            return []
        }
        field.cycle(&record)
        return save(record, in: &context)
    }

    /// Enter in a form's text field: adds a new entry with its first field, or saves the field.
    private mutating func commit(_ typed: String, in context: inout PanelContext) -> [Effect] {
        guard let field = form?.selected else { return [] }
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        if field == Record.Field.allCases.first, text.isEmpty {
            context.fail("\(field.label): \(UIStrings.swedish.fieldRequired)")
            return []
        }
        guard let id = form?.recordID else {
            let actor = context.actor
            var id = ""
            let effects = context.attempt { dialogue, now throws(DialogueError) in
                id = try Record.add(text, to: &dialogue, by: actor, at: now)
            }
            guard !effects.isEmpty else { return [] }
            form?.recordID = id
            form?.editor = nil
            selected = Record.all(in: context.dialogue).firstIndex { $0.id == id } ?? selected
            return effects
        }
        guard var record = Record.all(in: context.dialogue).first(where: { $0.id == id }) else {
            form = nil
            return []
        }
        if let problem = field.set(text, in: &record) {
            context.fail(problem)
            return []
        }
        form?.editor = nil
        return save(record, in: &context)
    }

    private func save(_ record: Record, in context: inout PanelContext) -> [Effect] {
        let actor = context.actor
        return context.attempt { dialogue, now throws(DialogueError) in
            try Record.save(record, in: &dialogue, by: actor, at: now)
        }
    }
}
