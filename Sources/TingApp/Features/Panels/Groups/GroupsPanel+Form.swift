import DialogueKit
import TerminalKit

/// What a key asks of a target group's form.
enum GroupFormAction: Sendable {
    case move, toggle, change, close, help, save, cancel
}

extension TargetGroupForm {
    /// The form's keys: ↑↓ (and Tab, Home/End, PgUp/PgDn) between rows, Space ticks a choice, Enter changes
    /// a row; while a row is typed, Enter saves and Esc cancels.
    func keyMap() -> KeyMap<GroupFormAction> {
        let s = UIStrings.swedish
        if editor != nil { return CommonBindings.typing(save: .save, cancel: .cancel) }
        return CommonBindings.move(.move)
            + KeyMap([
                (KeyBinding([.tab, .backTab], "Tab/Shift-Tab", s.keyMove, hintLine: false), .move),
                (KeyBinding([.character(" ")], "Space", s.keyTick), .toggle),
                (KeyBinding([.enter], "Enter", s.keyChange), .change),
                (KeyBinding([.escape], "Esc", s.keyCloseForm), .close),
                (KeyBinding("q", s.keyCloseForm, hintLine: false), .close), (CommonBindings.help, .help),
            ])
    }
}

extension GroupsPanel {
    /// A key in a target group's form: every change is saved at once.
    mutating func perform(
        _ action: GroupFormAction, key: Key, on form: inout TargetGroupForm, in context: inout PanelContext
    ) -> [Effect] {
        guard let group = context.dialogue.targetGroup(id: form.groupID) else {
            mode = .browsing
            return []
        }
        let rows = TargetGroupForm.rows(for: group)
        form.row = min(form.row, rows.count - 1)
        switch action {
        case .move:
            switch key {
            case .tab: form.row = min(rows.count - 1, form.row + 1)
            case .backTab: form.row = max(0, form.row - 1)
            default: form.row = ListSelection.moved(form.row, by: key, count: rows.count, page: 5) ?? form.row
            }
        case .toggle, .change:
            guard !context.refusesChange() else { return [] }
            // Space ticks a choice but never starts typing, so the keys after it still move.
            let typing = action == .change
            switch rows[form.row] {
            case .name: if typing { form.editor = TextEditor(text: group.name) }
            case .description: if typing { form.editor = TextEditor(text: group.description) }
            case .participants:
                if typing { form.editor = TextEditor(text: group.plannedParticipants.map(String.init) ?? "") }
            case .add: if typing { form.editor = TextEditor() }
            case .hardToReach:
                var changed = group
                changed.hardToReach.toggle()
                return save(changed, in: &context)
            case .option(let field, let option):
                var changed = group
                if let index = changed[keyPath: field.keyPath].firstIndex(of: option) {
                    changed[keyPath: field.keyPath].remove(at: index)
                } else {
                    changed[keyPath: field.keyPath].append(option)
                }
                return save(changed, in: &context)
            }
        case .close: mode = .browsing
        case .help: context.opensHelp = true
        case .cancel: form.editor = nil
        case .save:
            guard let text = form.editor?.text else { return [] }
            return commit(rows[form.row], text: text, group: group, form: &form, in: &context)
        }
        return []
    }

    /// Enter in a text row: checks what was typed and saves it; a refused entry keeps the editor open.
    private func commit(
        _ row: TargetGroupForm.Row, text: String, group: TargetGroup, form: inout TargetGroupForm,
        in context: inout PanelContext
    ) -> [Effect] {
        let s = UIStrings.swedish
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var changed = group
        switch row {
        case .name:
            guard !value.isEmpty else {
                context.fail(s.groupNameMissing)
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
                context.fail(s.invalidPlannedParticipants)
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
        return changed == group ? [] : save(changed, in: &context)
    }

    private func save(_ group: TargetGroup, in context: inout PanelContext) -> [Effect] {
        context.change { $0.updateTargetGroup(group, at: $1) }
    }
}
