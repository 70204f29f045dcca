import DialogueKit
import TerminalKit

extension AppState {
    /// Keys on the library screen.
    mutating func handleLibraryKey(_ key: Key) -> [Effect] {
        switch library.mode {
        case .browsing: return handleLibraryBrowsingKey(key)
        case .creating(var form):
            let effects = handleNewDialogueKey(key, form: &form)
            if case .creating = library.mode { library.mode = .creating(form) }
            return effects
        case .confirmingExample:
            if key.confirms {
                library.mode = .browsing
                return [.createExample]
            }
            if key.declines { library.mode = .browsing }
            return []
        case .confirmingDelete(let stem, _):
            switch key {
            case let key where key.confirms:
                library.mode = .browsing
                return [.trash(stem: stem)]
            case let key where key.declines:
                library.mode = .browsing
            default: break
            }
            return []
        case .trash(var list): return handleTrashKey(key, list: &list)
        }
    }

    private mutating func handleLibraryBrowsingKey(_ key: Key) -> [Effect] {
        let page = LibraryLayout(size: size, library: library).listRect.height
        if let moved = ListSelection.moved(library.selected, by: key, count: library.entries.count, page: page) {
            library.selected = moved
            keepSelectionVisible()
            return []
        }
        switch key {
        case .enter:
            switch library.selectedEntry {
            case .dialogue(let summary): return [.open(stem: summary.stem)]
            case .damaged(let file): status = StatusLine("\(file.fileName): \(file.reason)", isError: true)
            case nil: break
            }
        case .character("n"):
            guard !templates.isEmpty else {
                status = StatusLine(UIStrings.swedish.exampleTemplateMissing, isError: true)
                return []
            }
            library.mode = .creating(NewDialogueForm())
        case .character("e"):
            // A second, identical example is rarely wanted: ask first.
            guard library.hasExample else { return [.createExample] }
            library.mode = .confirmingExample
        case .character("d"), .delete:
            if case .dialogue(let summary) = library.selectedEntry {
                library.mode = .confirmingDelete(stem: summary.stem, title: summary.title)
            }
        case .character("p"):
            library.mode = .trash(PickListState())
            return [.listTrash]
        case .character("?"): showsHelp = true
        case .character("q"):
            isQuitting = true
            return [.quit]
        default: break
        }
        keepSelectionVisible()
        return []
    }

    private mutating func handleNewDialogueKey(_ key: Key, form: inout NewDialogueForm) -> [Effect] {
        switch form.step {
        case .template:
            switch key {
            case .up, .character("k"): form.templateIndex = max(0, form.templateIndex - 1)
            case .down, .character("j"): form.templateIndex = min(templates.count - 1, form.templateIndex + 1)
            case .enter: form.step = .title
            case .escape, .character("q"): library.mode = .browsing
            default: break
            }
        case .title:
            switch key {
            case .enter:
                let title = form.title.text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !title.isEmpty else {
                    status = StatusLine(UIStrings.swedish.titleMissing, isError: true)
                    return []
                }
                library.mode = .browsing
                return [.create(templateID: templates[form.templateIndex].id, title: title)]
            case .escape: form.step = .template
            default: _ = form.title.handle(key)
            }
        }
        return []
    }
}
