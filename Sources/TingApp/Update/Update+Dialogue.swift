import DialogueKit
import TerminalKit

extension AppState {
    /// Keys on the dialogue screen: the mode's key map (`ModeBindings`) when something is open over the
    /// checklist, else the panel's or the checklist's.
    mutating func handleDialogueKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect] {
        guard let keys = ModeBindings.keyMap(for: d) else { return handleChecklistKey(key, in: &d) }
        let action = keys.action(for: key)
        if let conflict = d.pendingConflict { return handleConflictKey(action, conflict: conflict, in: &d) }
        switch d.mode {
        case .browsing: return handleChecklistKey(key, in: &d)
        case .editingItem(let id, var editor):
            return handleItemEditorKey(key, action: action, id: id, editor: &editor, in: &d)
        case .choosingLevel(let id, var selected):
            switch action {
            case .move:
                selected = ListSelection.moved(selected, by: key, count: d.dialogue.levels.count, page: 5) ?? selected
            case .choose:
                d.mode = .browsing
                guard d.dialogue.levels.indices.contains(selected) else { return [] }
                return edit(.response(d.dialogue.levels[selected].id), item: id, in: &d)
            case .cancel:
                d.mode = .browsing
                return []
            default: break
            }
            d.mode = .choosingLevel(id: id, selected: selected)
            return []
        case .choosingMethods(var selected):
            let cards = rankedMethods(for: d.dialogue)
            switch action {
            case .move: selected = ListSelection.moved(selected, by: key, count: cards.count, page: 5) ?? selected
            case .choose:
                guard cards.indices.contains(selected) else { return [] }
                guard !d.isReadOnly else {
                    status = StatusLine(UIStrings.swedish.readOnlyRefusal, isError: true)
                    return []
                }
                d.dialogue.toggleMethod(cards[selected], at: now)
                d.mode = .choosingMethods(selected: selected)
                return [.save(d.dialogue, stem: d.stem)]
            case .close:
                d.mode = .browsing
                return []
            default: break
            }
            d.mode = .choosingMethods(selected: selected)
            return []
        case .filtering(var editor):
            switch action {
            case .save: d.mode = .browsing
            case .cancel:
                d.filter = ""
                d.mode = .browsing
            default:
                _ = editor.handle(key)
                d.filter = editor.text
                d.mode = .filtering(editor)
            }
            d.selectedItem[d.phaseIndex] = 0
            d.scroll[d.phaseIndex] = 0
            return []
        case .details(var form): return handleDetailsKey(key, action: action, form: &form, in: &d)
        case .reading(let viewer):
            d.mode = handleTextViewerKey(key, viewer: viewer).map(DialogueMode.reading) ?? .browsing
            return []
        case .choosingAssignee(let id, var selected):
            return handleAssigneeKey(key, action: action, id: id, selected: &selected, in: &d)
        case .history(var list): return handleHistoryKey(key, list: &list, in: &d)
        }
    }

    private mutating func handleChecklistKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect] {
        if let effects = handlePanelKey(key, in: &d) { return effects }
        let p = d.phaseIndex
        guard let action = d.checklistKeyMap.action(for: key) else { return [] }
        switch action {
        case .move:
            d.selectedItem[p] =
                ListSelection.moved(d.selectedItem[p], by: key, count: d.visibleItems.count, page: 5)
                ?? d.selectedItem[p]
        case .toggle: return toggle(in: &d)
        case .answer: return answer(yes: key == .character("y"), in: &d)
        case .edit: return beginEditing(in: &d)
        case .guidance: d.showsGuidance.toggle()
        case .fullGuidance: d.mode = .reading(TextViewer(title: UIStrings.swedish.guidanceTitle, text: d.guidance))
        case .filter: d.mode = .filtering(TextEditor(text: d.filter))
        case .role: d.roleFilter = nextRole(after: d.roleFilter, in: d.dialogue.roles)
        case .personFilter: cyclePersonFilter(in: &d)
        case .assign: beginAssigning(in: &d)
        case .methods: d.mode = .choosingMethods(selected: 0)
        case .escape where !d.filter.isEmpty:
            d.filter = ""
            d.selectedItem[p] = 0
        case .escape: return perform(.back, key: key, in: &d)
        case .screen(let action):
            let effects = perform(action, key: key, in: &d)
            if case .dialogue = screen { d.scrollToSelection(in: size) }
            return effects
        }
        d.scrollToSelection(in: size)
        return []
    }

    /// The role filter after `current`: each of the dialogue's roles in turn, then every role again.
    private func nextRole(after current: String?, in roles: [TemplateRole]) -> String? {
        guard let current, let index = roles.firstIndex(where: { $0.id == current }) else { return roles.first?.id }
        return roles.indices.contains(index + 1) ? roles[index + 1].id : nil
    }

    /// Space: ticks a check or cycles a gate (unanswered → ja → nej → unanswered). It never starts
    /// typing, so the keys after it still move: on a question, date or level it says to press Enter.
    private mutating func toggle(in d: inout DialogueScreenState) -> [Effect] {
        guard let item = d.selected else { return [] }
        switch item.kind {
        case .check: return edit(.done(item.done != true), item: item.id, in: &d)
        case .gate:
            let next: GateAnswer? =
                switch item.answer {
                case nil: .yes
                case .yes: .no
                case .no: nil
                }
            return edit(.answer(next), item: item.id, in: &d)
        case .question, .date, .level:
            status = StatusLine(UIStrings.swedish.spaceDoesNotEdit)
            return []
        }
    }

    /// y / n: answers a gate question, or marks a check done / not done.
    private mutating func answer(yes: Bool, in d: inout DialogueScreenState) -> [Effect] {
        guard let item = d.selected else { return [] }
        switch item.kind {
        case .gate: return edit(.answer(yes ? .yes : .no), item: item.id, in: &d)
        case .check: return edit(.done(yes), item: item.id, in: &d)
        case .question, .date, .level: return []
        }
    }

    /// Enter: opens the editor that fits the selected item.
    private mutating func beginEditing(in d: inout DialogueScreenState) -> [Effect] {
        guard let item = d.selected else { return [] }
        guard !d.isReadOnly else {
            status = StatusLine(UIStrings.swedish.readOnlyRefusal, isError: true)
            return []
        }
        switch item.kind {
        case .check, .gate: return toggle(in: &d)
        case .question: d.mode = .editingItem(id: item.id, editor: TextEditor(text: item.response ?? ""))
        case .date: d.mode = .editingItem(id: item.id, editor: TextEditor(text: item.date?.description ?? ""))
        case .level:
            let current = d.dialogue.levels.firstIndex { $0.id == item.response }
            d.mode = .choosingLevel(id: item.id, selected: current ?? 0)
        }
        return []
    }

    private mutating func handleItemEditorKey(
        _ key: Key, action: ModeAction?, id: String, editor: inout TextEditor, in d: inout DialogueScreenState
    ) -> [Effect] {
        switch action {
        case .cancel:
            d.mode = .browsing
            return []
        case .save:
            guard let item = d.dialogue.item(id) else {
                d.mode = .browsing
                return []
            }
            let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if item.kind == .date {
                guard text.isEmpty || LocalDate(text) != nil else {
                    status = StatusLine(UIStrings.swedish.invalidDate, isError: true)
                    return []
                }
                d.mode = .browsing
                return edit(.date(LocalDate(text)), item: id, in: &d)
            }
            d.mode = .browsing
            return edit(.response(editor.text), item: id, in: &d)
        case .moveCursor where key == .up || key == .down:
            let width = DialogueLayout(size: size, screen: d).checklist.answerWidth
            editor.moveVertically(key == .up ? -1 : 1, width: width)
        default:
            _ = editor.handle(key)
        }
        d.mode = .editingItem(id: id, editor: editor)
        d.scrollToSelection(in: size)
        return []
    }

    private mutating func handleDetailsKey(
        _ key: Key, action: ModeAction?, form: inout DetailsForm, in d: inout DialogueScreenState
    ) -> [Effect] {
        if var editor = form.editor {
            switch action {
            case .cancel: form.editor = nil
            case .save:
                form.editor = nil
                d.mode = .details(form)
                return setDetail(form.selected, to: editor.text, in: &d)
            default:
                _ = editor.handle(key)
                form.editor = editor
            }
            d.mode = .details(form)
            return []
        }
        switch action {
        case .move: form.fields.move(key)
        case .edit:
            guard !d.isReadOnly else {
                status = StatusLine(UIStrings.swedish.readOnlyRefusal, isError: true)
                return []
            }
            form.editor = TextEditor(text: form.selected.value(in: d.dialogue))
        case .close:
            d.mode = .browsing
            return []
        case .help: showsHelp = true
        default: break
        }
        d.mode = .details(form)
        return []
    }

    private mutating func setDetail(_ field: DetailsForm.Field, to text: String, in d: inout DialogueScreenState)
        -> [Effect]
    {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if field == .title && value.isEmpty {
            status = StatusLine(UIStrings.swedish.titleMissing, isError: true)
            return []
        }
        field.set(value, in: &d.dialogue)
        d.dialogue.markModified(by: actor, at: now)
        return [.save(d.dialogue, stem: d.stem)]
    }

    /// Applies an edit through the domain's single edit path and asks for a save.
    mutating func edit(_ edit: ItemEdit, item id: String, in d: inout DialogueScreenState) -> [Effect] {
        guard !d.isReadOnly else {
            status = StatusLine(UIStrings.swedish.readOnlyRefusal, isError: true)
            return []
        }
        do {
            try d.dialogue.apply(edit, to: id, by: actor, at: now)
        } catch {
            status = StatusLine(error.description, isError: true)
            return []
        }
        // Under the person filter a completed item leaves the list; keep a row selected.
        d.selectedItem[d.phaseIndex] = min(d.selectedItem[d.phaseIndex], max(0, d.visibleItems.count - 1))
        return [.save(d.dialogue, stem: d.stem)]
    }
}
