import DialogueKit
import TerminalKit

extension AppState {
    /// Keys on the library screen, through `LibraryBindings`.
    mutating func handleLibraryKey(_ key: Key) -> [Effect] {
        guard let keys = LibraryBindings.keyMap(for: library.mode) else { return handleLibraryBrowsingKey(key) }
        let action = keys.action(for: key)
        switch library.mode {
        case .browsing: return handleLibraryBrowsingKey(key)
        case .creating(var form):
            let effects = handleNewDialogueKey(key, action: action, form: &form)
            if case .creating = library.mode { library.mode = .creating(form) }
            return effects
        case .confirmingExample:
            if action == .confirm {
                library.mode = .browsing
                return [.createExample]
            }
            if action == .decline { library.mode = .browsing }
            return []
        case .confirmingDelete(let stem, _):
            if action == .confirm {
                library.mode = .browsing
                return [.trash(stem: stem)]
            }
            if action == .decline { library.mode = .browsing }
            return []
        case .trash(var list): return handleTrashKey(key, list: &list)
        }
    }

    private mutating func handleLibraryBrowsingKey(_ key: Key) -> [Effect] {
        let page = LibraryLayout(size: size, library: library).listRect.height
        switch LibraryBindings.browsing.action(for: key) {
        case .move:
            library.selected =
                ListSelection.moved(library.selected, by: key, count: library.entries.count, page: page)
                ?? library.selected
        case .open:
            switch library.selectedEntry {
            case .dialogue(let summary): return [.open(stem: summary.stem)]
            case .damaged(let file): status = StatusLine("\(file.fileName): \(file.reason)", isError: true)
            case nil: break
            }
        case .new:
            guard !templates.isEmpty else {
                status = StatusLine(UIStrings.swedish.exampleTemplateMissing, isError: true)
                return []
            }
            library.mode = .creating(NewDialogueForm())
        case .example:
            // A second, identical example is rarely wanted: ask first.
            guard library.hasExample else { return [.createExample] }
            library.mode = .confirmingExample
        case .delete:
            if case .dialogue(let summary) = library.selectedEntry {
                library.mode = .confirmingDelete(stem: summary.stem, title: summary.title)
            }
        case .trash:
            library.mode = .trash(PickListState())
            return [.listTrash]
        case .help: showsHelp = true
        case .quit:
            isQuitting = true
            return [.quit]
        case nil: break
        }
        keepSelectionVisible()
        return []
    }

    private mutating func handleNewDialogueKey(_ key: Key, action: ModeAction?, form: inout NewDialogueForm)
        -> [Effect]
    {
        switch form.step {
        case .template:
            switch action {
            case .move:
                form.templateIndex =
                    ListSelection.moved(form.templateIndex, by: key, count: templates.count, page: 5)
                    ?? form.templateIndex
            case .choose: form.step = .title
            case .cancel: library.mode = .browsing
            default: break
            }
        case .title:
            switch action {
            case .save:
                let title = form.title.text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !title.isEmpty else {
                    status = StatusLine(UIStrings.swedish.titleMissing, isError: true)
                    return []
                }
                library.mode = .browsing
                return [.create(templateID: templates[form.templateIndex].id, title: title)]
            case .cancel: form.step = .template
            default: _ = form.title.handle(key)
            }
        }
        return []
    }
}
