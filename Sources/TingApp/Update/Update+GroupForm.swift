import DialogueKit
import TerminalKit

extension AppState {
    /// Keys in a target group's form: every change is saved at once.
    mutating func handleGroupFormKey(_ key: Key, form: inout TargetGroupForm, in d: inout DialogueScreenState)
        -> [Effect]
    {
        guard let group = d.dialogue.targetGroup(id: form.groupID) else {
            d.groups.mode = .browsing
            return []
        }
        let rows = TargetGroupForm.rows(for: group)
        form.row = min(form.row, rows.count - 1)
        if var editor = form.editor {
            switch key {
            case .escape: form.editor = nil
            case .enter: return commitGroupField(rows[form.row], text: editor.text, group: group, form: &form, in: &d)
            default:
                _ = editor.handle(key)
                form.editor = editor
            }
            return []
        }
        switch key {
        case .up, .character("k"): form.row = max(0, form.row - 1)
        case .down, .character("j"), .tab: form.row = min(rows.count - 1, form.row + 1)
        case .backTab: form.row = max(0, form.row - 1)
        case .home: form.row = 0
        case .end: form.row = rows.count - 1
        case .pageUp: form.row = max(0, form.row - 5)
        case .pageDown: form.row = min(rows.count - 1, form.row + 5)
        case .character(" "), .enter:
            guard !refusesChange(to: d) else { return [] }
            // Space ticks a choice but never starts typing, so the keys after it still move.
            let typing = key == .enter
            switch rows[form.row] {
            case .name: if typing { form.editor = TextEditor(text: group.name) }
            case .description: if typing { form.editor = TextEditor(text: group.description) }
            case .participants:
                if typing { form.editor = TextEditor(text: group.plannedParticipants.map(String.init) ?? "") }
            case .add: if typing { form.editor = TextEditor() }
            case .hardToReach:
                var changed = group
                changed.hardToReach.toggle()
                return saveGroup(changed, in: &d)
            case .option(let field, let option):
                var changed = group
                if let index = changed[keyPath: field.keyPath].firstIndex(of: option) {
                    changed[keyPath: field.keyPath].remove(at: index)
                } else {
                    changed[keyPath: field.keyPath].append(option)
                }
                return saveGroup(changed, in: &d)
            }
        case .escape, .character("q"): d.groups.mode = .browsing
        case .character("?"): showsHelp = true
        default: break
        }
        return []
    }

    /// Enter in a text row: checks what was typed and saves it; a refused entry keeps the editor open.
    private mutating func commitGroupField(
        _ row: TargetGroupForm.Row, text: String, group: TargetGroup, form: inout TargetGroupForm,
        in d: inout DialogueScreenState
    ) -> [Effect] {
        let s = UIStrings.swedish
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var changed = group
        switch row {
        case .name:
            guard !value.isEmpty else {
                status = StatusLine(s.groupNameMissing, isError: true)
                return []
            }
            changed.name = value
        case .description: changed.description = value
        case .participants:
            if value.isEmpty {
                changed.plannedParticipants = nil
            } else if let number = Int(value), number >= 0 {
                changed.plannedParticipants = number
            } else {
                status = StatusLine(s.invalidPlannedParticipants, isError: true)
                return []
            }
        case .add(let field):
            if !value.isEmpty && !changed[keyPath: field.keyPath].contains(value) {
                changed[keyPath: field.keyPath].append(value)
                form.row += 1
            }
        case .hardToReach, .option: break
        }
        form.editor = nil
        return changed == group ? [] : saveGroup(changed, in: &d)
    }

    private mutating func saveGroup(_ group: TargetGroup, in d: inout DialogueScreenState) -> [Effect] {
        guard !refusesChange(to: d), d.dialogue.updateTargetGroup(group, at: now) else { return [] }
        return [.save(d.dialogue, stem: d.stem)]
    }
}
