import DialogueKit
import TerminalKit

extension AppState {
    /// Keys on the dialogue screen.
    mutating func handleDialogueKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect] {
        if let conflict = d.pendingConflict { return handleConflictKey(key, conflict: conflict, in: &d) }
        if d.meeting != nil { return handleMeetingKey(key, in: &d) }
        switch d.mode {
        case .browsing: return handleChecklistKey(key, in: &d)
        case .editingItem(let id, var editor): return handleItemEditorKey(key, id: id, editor: &editor, in: &d)
        case .choosingLevel(let id, var selected):
            switch key {
            case .up, .character("k"): selected = max(0, selected - 1)
            case .down, .character("j"): selected = min(d.dialogue.levels.count - 1, selected + 1)
            case .enter:
                d.mode = .browsing
                guard d.dialogue.levels.indices.contains(selected) else { return [] }
                return edit(.response(d.dialogue.levels[selected].id), item: id, in: &d)
            case .escape, .character("q"):
                d.mode = .browsing
                return []
            default: break
            }
            d.mode = .choosingLevel(id: id, selected: selected)
            return []
        case .choosingMethods(var selected):
            let cards = rankedMethods(for: d.dialogue)
            switch key {
            case .up, .character("k"): selected = max(0, selected - 1)
            case .down, .character("j"): selected = min(max(0, cards.count - 1), selected + 1)
            case .home: selected = 0
            case .end: selected = max(0, cards.count - 1)
            case .character(" "):
                guard cards.indices.contains(selected) else { return [] }
                guard !d.isReadOnly else {
                    status = StatusLine(UIStrings.swedish.readOnlyRefusal, isError: true)
                    return []
                }
                d.dialogue.toggleMethod(cards[selected], at: now)
                d.mode = .choosingMethods(selected: selected)
                return [.save(d.dialogue, stem: d.stem)]
            case .enter, .escape, .character("q"), .character("m"):
                d.mode = .browsing
                return []
            default: break
            }
            d.mode = .choosingMethods(selected: selected)
            return []
        case .filtering(var editor):
            switch key {
            case .enter: d.mode = .browsing
            case .escape:
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
        case .details(var form): return handleDetailsKey(key, form: &form, in: &d)
        case .reading(let viewer):
            d.mode = handleTextViewerKey(key, viewer: viewer).map(DialogueMode.reading) ?? .browsing
            return []
        case .choosingAssignee(let id, var selected): return handleAssigneeKey(key, id: id, selected: &selected, in: &d)
        case .history(var list): return handleHistoryKey(key, list: &list, in: &d)
        }
    }

    private mutating func handleChecklistKey(_ key: Key, in d: inout DialogueScreenState) -> [Effect] {
        if let effects = handlePanelKey(key, in: &d) { return effects }
        if let panel = d.frontPanel {
            // The panel sees keys first, so that [ and ] can be typed in its text fields.
            if panel != .checklist, let effects = handleLegacyPanelKey(key, panel: panel, in: &d) { return effects }
            if ScreenBindings.switchPanel.matches(key) { return perform(.switchPanel, key: key, in: &d) }
        }
        let p = d.phaseIndex
        if let moved = ListSelection.moved(d.selectedItem[p], by: key, count: d.visibleItems.count, page: 5) {
            d.selectedItem[p] = moved
            d.scrollToSelection(in: size)
            return []
        }
        switch key {
        case .character(let c) where ("1"..."5").contains(c):
            let index = Int(String(c))! - 1
            if d.dialogue.phases.indices.contains(index) { d.phaseIndex = index }
        case .tab, .right, .character("l"): d.phaseIndex = (p + 1) % d.dialogue.phases.count
        case .backTab, .left, .character("h"):
            d.phaseIndex = (p + d.dialogue.phases.count - 1) % d.dialogue.phases.count
        case .character(" "): return toggle(in: &d)
        case .character("y"): return answer(yes: true, in: &d)
        case .character("n"): return answer(yes: false, in: &d)
        case .enter: return beginEditing(in: &d)
        case .character("g"): d.showsGuidance.toggle()
        case .character("G"): d.mode = .reading(TextViewer(title: UIStrings.swedish.guidanceTitle, text: d.guidance))
        case .character("S"):
            if let banner = DialogueLayout.banner(d) {
                d.mode = .reading(TextViewer(title: banner.title, text: banner.text))
            }
        case .character("e"): d.mode = .details(DetailsForm())
        case .character("/"): d.mode = .filtering(TextEditor(text: d.filter))
        case .character("r"): d.roleFilter = nextRole(after: d.roleFilter, in: d.dialogue.roles)
        case .character("f"): cyclePersonFilter(in: &d)
        case .character("t"): beginAssigning(in: &d)
        case .character("m"): d.mode = .choosingMethods(selected: 0)
        case .character("v"):
            d.mode = .history(PickListState())
            return [.loadHistory(stem: d.stem)]
        case .character("?"): showsHelp = true
        case .escape where !d.filter.isEmpty:
            d.filter = ""
            d.selectedItem[p] = 0
        case .escape, .character("q"):
            screen = .library
            keepSelectionVisible()
            return [.listLibrary]
        default: break
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
        _ key: Key, id: String, editor: inout TextEditor, in d: inout DialogueScreenState
    ) -> [Effect] {
        switch key {
        case .escape:
            d.mode = .browsing
            return []
        case .enter:
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
        case .up, .down:
            let width = DialogueLayout(size: size, screen: d).checklist.answerWidth
            editor.moveVertically(key == .up ? -1 : 1, width: width)
        default:
            _ = editor.handle(key)
        }
        d.mode = .editingItem(id: id, editor: editor)
        d.scrollToSelection(in: size)
        return []
    }

    private mutating func handleDetailsKey(_ key: Key, form: inout DetailsForm, in d: inout DialogueScreenState)
        -> [Effect]
    {
        if var editor = form.editor {
            switch key {
            case .escape: form.editor = nil
            case .enter:
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
        let fields = DetailsForm.Field.allCases
        switch key {
        case .up, .character("k"): form.selected = fields[max(0, form.selected.rawValue - 1)]
        case .down, .character("j"), .tab: form.selected = fields[min(fields.count - 1, form.selected.rawValue + 1)]
        case .enter:
            guard !d.isReadOnly else {
                status = StatusLine(UIStrings.swedish.readOnlyRefusal, isError: true)
                return []
            }
            form.editor = TextEditor(text: form.selected.value(in: d.dialogue))
        case .escape, .character("q"), .character("e"):
            d.mode = .browsing
            return []
        case .character("?"): showsHelp = true
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
