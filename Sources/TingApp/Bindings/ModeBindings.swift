import TerminalKit

/// The key maps of the dialogue screen's modes and of the pickers and lists the library shares with it;
/// the handlers run these and `?` lists these.
enum ModeBindings {
    private static var s: UIStrings { .swedish }

    /// The keys of the dialogue screen's mode, or nil while browsing (the checklist's or a panel's keys).
    static func keyMap(for d: DialogueScreenState) -> KeyMap<ModeAction>? {
        if d.pendingConflict != nil {
            return KeyMap([
                (KeyBinding("m", s.keyKeepMine), .keepMine), (KeyBinding("t", s.keyTakeTheirs), .takeTheirs),
            ])
        }
        switch d.mode {
        case .browsing: return nil
        case .editingItem: return textArea
        case .choosingMethods:
            return KeyMap([
                (KeyBinding([.up, .down], "↑↓", s.keyMove), .move),
                (
                    KeyBinding([.character("j"), .character("k"), .home, .end], "j/k", s.keyMove, hintLine: false),
                    .move
                ),
                (KeyBinding([.character(" ")], "Space", s.keyChoose), .choose),
                (KeyBinding([.enter], "Enter", s.keyBack), .close),
                (KeyBinding([.escape, .character("q"), .character("m")], "Esc", s.keyBack, hintLine: false), .close),
            ])
        case .choosingLevel: return picker(closeKeys: [])
        case .choosingAssignee: return picker(closeKeys: ["t"])
        case .filtering:
            return KeyMap([
                (KeyBinding([.enter], "Enter", s.keyFilter), .save),
                (KeyBinding([.escape], "Esc", s.keyClear), .cancel),
            ])
        case .details(let form):
            if form.editor != nil { return CommonBindings.typing(save: .save, cancel: .cancel) }
            return CommonBindings.moveField(ModeAction.move)
                + KeyMap([
                    (KeyBinding([.enter], "Enter", s.keyEdit), .edit), (CommonBindings.close, .close),
                    (KeyBinding([.character("q"), .character("e")], "q/e", s.keyBack, hintLine: false), .close),
                    (CommonBindings.help, .help),
                ])
        case .history(let list): return pickList(list, closeKey: "v")
        case .reading: return textViewer
        }
    }

    /// A text field of several lines: Enter saves, Esc cancels, the arrows move the cursor.
    static let textArea =
        CommonBindings.typing(save: ModeAction.save, cancel: .cancel)
        + KeyMap([(KeyBinding([.left, .right, .up, .down], "←→↑↓", UIStrings.swedish.keyMove), .moveCursor)])

    /// A picker: ↑↓ (j/k, Home/End) move, Enter chooses, Esc or q (or `closeKeys`) cancels.
    static func picker(closeKeys: [Character]) -> KeyMap<ModeAction> {
        KeyMap([
            (KeyBinding([.up, .down], "↑↓", s.keyMove), .move),
            (KeyBinding([.character("j"), .character("k"), .home, .end], "j/k", s.keyMove, hintLine: false), .move),
            (KeyBinding([.enter], "Enter", s.keyChoose), .choose), (CommonBindings.cancel, .cancel),
            (
                KeyBinding(([Character("q")] + closeKeys).map { Key.character($0) }, "q", s.keyCancel, hintLine: false),
                .cancel
            ),
        ])
    }

    /// The history and trash lists: ↑↓ move, Enter restores after y/n, Esc, q or `closeKey` closes.
    static func pickList<Entry>(_ list: PickListState<Entry>, closeKey: Character) -> KeyMap<ModeAction> {
        if list.isConfirming { return CommonBindings.confirmation(s.keyRestore, yes: .confirm, no: .decline) }
        return CommonBindings.move(ModeAction.move)
            + KeyMap([
                (KeyBinding([.enter], "Enter", s.keyRestore), .choose),
                (KeyBinding([.escape], "Esc", s.keyClose), .close),
                (
                    KeyBinding([.character(closeKey), .character("q")], "\(closeKey)", s.keyClose, hintLine: false),
                    .close
                ),
            ])
    }

    /// The text viewer: ↑↓ (j/k) a line, PgUp/PgDn and Space a page, Home/End to the ends; Esc, q, Enter or
    /// the S or G that opened it close it.
    static let textViewer = KeyMap<ModeAction>([
        (KeyBinding([.up, .down], "↑↓", UIStrings.swedish.keyScroll), .scroll),
        (KeyBinding([.pageUp, .pageDown], "PgUp/PgDn", UIStrings.swedish.keyPage), .scroll),
        (KeyBinding([.escape], "Esc", UIStrings.swedish.keyClose), .close),
        (KeyBinding([.character("j"), .character("k")], "j/k", UIStrings.swedish.keyScroll, hintLine: false), .scroll),
        (KeyBinding([.character(" ")], "Space", UIStrings.swedish.keyPage, hintLine: false), .scroll),
        (KeyBinding([.home, .end], "Home/End", UIStrings.swedish.keyScroll, hintLine: false), .scrollEnd),
        (
            KeyBinding(
                [.enter, .character("q"), .character("S"), .character("G")], "q", UIStrings.swedish.keyClose,
                hintLine: false),
            .close
        ),
    ])
}
