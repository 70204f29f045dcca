import TerminalKit

/// The library screen's key maps: the update runs these and `?` lists these.
enum LibraryBindings {
    private static var s: UIStrings { .swedish }

    /// The keys while the library lists its dialogues.
    static let browsing =
        KeyMap<LibraryAction>([
            (KeyBinding([.up, .down], "↑↓", UIStrings.swedish.keyMove), .move),
            (KeyBinding([.enter], "Enter", UIStrings.swedish.keyOpen), .open),
            (KeyBinding("n", UIStrings.swedish.keyNew), .new),
            (KeyBinding("e", UIStrings.swedish.keyExample), .example),
            (KeyBinding([.character("d"), .delete], "d", UIStrings.swedish.keyDelete), .delete),
            (KeyBinding("?", UIStrings.swedish.keyHelp), .help),
            (KeyBinding("q", UIStrings.swedish.keyQuit), .quit),
            (KeyBinding("p", UIStrings.swedish.keyTrash), .trash),
            (KeyBinding([.character("j"), .character("k")], "j/k", UIStrings.swedish.keyMove, hintLine: false), .move),
            (KeyBinding([.pageUp, .pageDown], "PgUp/PgDn", UIStrings.swedish.keyPage, hintLine: false), .move),
            (KeyBinding([.home, .end], "Home/End", UIStrings.swedish.keyMove, hintLine: false), .move),
        ])

    /// The keys of the library's other modes: a new dialogue's template and title, a question, the trash.
    static func keyMap(for mode: LibraryMode) -> KeyMap<ModeAction>? {
        switch mode {
        case .browsing: return nil
        case .creating(let form):
            switch form.step {
            case .template: return ModeBindings.picker(closeKeys: [])
            case .title:
                return KeyMap([
                    (KeyBinding([.enter], "Enter", s.keyNew), .save),
                    (KeyBinding([.escape], "Esc", s.keyBack), .cancel),
                ])
            }
        case .confirmingDelete: return CommonBindings.confirmation(s.keyDelete, yes: .confirm, no: .decline)
        case .confirmingExample: return CommonBindings.confirmation(s.keyExampleAgain, yes: .confirm, no: .decline)
        case .trash(let list): return ModeBindings.pickList(list, closeKey: "p")
        }
    }
}
