import TerminalKit

/// The key bindings panels and forms share, with their Swedish descriptions; each is matched and shown
/// from the same value.
enum CommonBindings {
    private static var s: UIStrings { .swedish }

    /// ↑↓ in the hint line; j/k, PgUp/PgDn and Home/End in `?`: every key `ListSelection.move` takes.
    static func move<Action>(_ action: Action, label: String = UIStrings.swedish.keyMove) -> KeyMap<Action> {
        KeyMap([
            (KeyBinding([.up, .down], "↑↓", label), action),
            (KeyBinding([.character("j"), .character("k")], "j/k", label, hintLine: false), action),
            (KeyBinding([.pageUp, .pageDown], "PgUp/PgDn", s.keyPage, hintLine: false), action),
            (KeyBinding([.home, .end], "Home/End", label, hintLine: false), action),
        ])
    }

    /// ↑↓ (and j/k, Tab) between a form's fields: every key `FormState.move` takes.
    static func moveField<Action>(_ action: Action) -> KeyMap<Action> {
        KeyMap([
            (KeyBinding([.up, .down], "↑↓", s.keyMove), action),
            (KeyBinding([.character("j"), .character("k"), .tab], "j/k Tab", s.keyMove, hintLine: false), action),
        ])
    }

    static let enter = KeyBinding([.enter], "Enter", UIStrings.swedish.keyChange)
    static let space = KeyBinding([.character(" ")], "Space", UIStrings.swedish.keyCycle)
    static let add = KeyBinding("a", UIStrings.swedish.keyAdd)
    static let delete = KeyBinding("d", UIStrings.swedish.keyDelete)
    static let save = KeyBinding([.enter], "Enter", UIStrings.swedish.keySave)
    static let cancel = KeyBinding([.escape], "Esc", UIStrings.swedish.keyCancel)
    static let close = KeyBinding([.escape], "Esc", UIStrings.swedish.keyBack)
    static let closeByQ = KeyBinding("q", UIStrings.swedish.keyBack, hintLine: false)
    static let help = KeyBinding("?", UIStrings.swedish.keyHelp, hintLine: false)

    /// A text field's keys: Enter saves, Esc cancels; every other key is typed.
    static func typing<Action>(save: Action, cancel: Action) -> KeyMap<Action> {
        KeyMap([(Self.save, save), (Self.cancel, cancel)])
    }

    /// A yes/no question's keys, `label` naming what yes does ("ta bort"): y or Y says yes; n, N, Esc
    /// or q no (j is not yes: it moves down everywhere else, so a user still moving never deletes by it).
    static func confirmation<Action>(_ label: String, yes: Action, no: Action) -> KeyMap<Action> {
        KeyMap([
            (KeyBinding([.character("y"), .character("Y")], "y", label), yes),
            (KeyBinding([.character("n"), .character("N")], "n", s.keyCancel), no),
            (KeyBinding([.escape], "Esc", s.keyCancel), no),
            (KeyBinding([.character("q")], "q", s.keyCancel, hintLine: false), no),
        ])
    }
}
