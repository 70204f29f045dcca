import DialogueKit
import TerminalKit

extension AppState {
    /// Keys for a list of planning entries: ↑↓ move, Enter edits the selected entry in a form, `a` adds one,
    /// `d` deletes it after y/n. Returns nil for keys the list does not use.
    mutating func handleRecordListKey<R: PlanningRecord>(
        _ key: Key, list: inout RecordListState<R>, in d: inout DialogueScreenState
    ) -> [Effect]? {
        if let id = list.confirmingDelete { return confirmDeletion(key, id: id, list: &list, in: &d) }
        if var form = list.form { return handleRecordFormKey(key, form: &form, list: &list, in: &d) }
        let records = R.all(in: d.dialogue)
        let last = max(0, records.count - 1)
        switch key {
        case .up, .character("k"): list.selected = max(0, list.selected - 1)
        case .down, .character("j"): list.selected = min(last, list.selected + 1)
        case .home: list.selected = 0
        case .end: list.selected = last
        case .enter:
            guard records.indices.contains(list.selected), !refusesChange(to: d) else { return [] }
            list.form = RecordForm(recordID: records[list.selected].id)
        case .character("a"):
            guard !refusesChange(to: d) else { return [] }
            list.form = RecordForm()
        case .character("d"):
            guard records.indices.contains(list.selected), !refusesChange(to: d) else { return [] }
            list.confirmingDelete = records[list.selected].id
        default: return nil
        }
        return []
    }

    private mutating func confirmDeletion<R: PlanningRecord>(
        _ key: Key, id: String, list: inout RecordListState<R>, in d: inout DialogueScreenState
    ) -> [Effect] {
        switch key {
        case let key where key.confirms:
            list.confirmingDelete = nil
            do {
                try R.remove(id: id, from: &d.dialogue, at: now)
            } catch {
                status = StatusLine(error.description, isError: true)
                return []
            }
            list.selected = min(list.selected, max(0, R.all(in: d.dialogue).count - 1))
            return [.save(d.dialogue, stem: d.stem)]
        case let key where key.declines:
            list.confirmingDelete = nil
        default: break
        }
        return []
    }

    private mutating func handleRecordFormKey<R: PlanningRecord>(
        _ key: Key, form: inout RecordForm<R.Field>, list: inout RecordListState<R>, in d: inout DialogueScreenState
    ) -> [Effect] {
        // The form goes back into the list unless a key closed it.
        defer { if list.form != nil { list.form = form } }
        if var editor = form.editor {
            switch key {
            case .escape:
                form.editor = nil
                if form.recordID == nil { list.form = nil }
            case .enter: return commit(editor.text, form: &form, list: &list, in: &d)
            default:
                _ = editor.handle(key)
                form.editor = editor
            }
            return []
        }
        let fields = R.Field.allCases
        let index = fields.firstIndex(of: form.selected) ?? 0
        switch key {
        case .up, .character("k"): form.selected = fields[max(0, index - 1)]
        case .down, .character("j"), .tab: form.selected = fields[min(fields.count - 1, index + 1)]
        case .enter, .character(" "):
            // Space cycles a choice but never starts typing, so the keys after it still move.
            guard key == .enter || form.selected.isChoice else { return [] }
            guard !refusesChange(to: d), let id = form.recordID,
                var record = R.all(in: d.dialogue).first(where: { $0.id == id })
            else { return [] }
            guard form.selected.isChoice else {
                form.editor = TextEditor(text: form.selected.text(of: record))
                return []
            }
            form.selected.cycle(&record)
            return save(record, in: &d)
        case .escape, .character("q"): list.form = nil
        case .character("?"): showsHelp = true
        default: break
        }
        return []
    }

    /// Enter in a form's text field: adds a new entry with its first field, or saves the field.
    private mutating func commit<R: PlanningRecord>(
        _ typed: String, form: inout RecordForm<R.Field>, list: inout RecordListState<R>,
        in d: inout DialogueScreenState
    ) -> [Effect] {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        if form.selected == R.Field.allCases.first, text.isEmpty {
            status = StatusLine("\(form.selected.label): \(UIStrings.swedish.fieldRequired)", isError: true)
            return []
        }
        guard let id = form.recordID else {
            let id = R.add(text, to: &d.dialogue, at: now)
            form.recordID = id
            form.editor = nil
            list.selected = R.all(in: d.dialogue).firstIndex { $0.id == id } ?? list.selected
            return [.save(d.dialogue, stem: d.stem)]
        }
        guard var record = R.all(in: d.dialogue).first(where: { $0.id == id }) else {
            list.form = nil
            return []
        }
        if let problem = form.selected.set(text, in: &record) {
            status = StatusLine(problem, isError: true)
            return []
        }
        form.editor = nil
        return save(record, in: &d)
    }

    private mutating func save<R: PlanningRecord>(_ record: R, in d: inout DialogueScreenState) -> [Effect] {
        do {
            try R.save(record, in: &d.dialogue, at: now)
        } catch {
            status = StatusLine(error.description, isError: true)
            return []
        }
        return [.save(d.dialogue, stem: d.stem)]
    }
}
