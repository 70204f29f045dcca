import TerminalKit

/// The dialogue screen's key bindings, shared by the checklist and every panel: what each key does is
/// decided here once, and the hint line and `?` list these same values.
enum ScreenBindings {
    static let switchPanel = KeyBinding(
        [.character("]"), .character("[")], "[ ]", UIStrings.swedish.keyPanel)
    static let choosePhase = KeyBinding(
        "12345".map { Key.character($0) }, "1–5", UIStrings.swedish.keyPhase)
    static let stepPhase = KeyBinding([.tab, .backTab], "Tab/Shift-Tab", UIStrings.swedish.keyNextPhase)
    static let stepPhaseByArrow = KeyBinding([.left, .right], "←→", UIStrings.swedish.keyNextPhase)
    static let stepPhaseByLetter = KeyBinding(
        [.character("h"), .character("l")], "h/l", UIStrings.swedish.keyNextPhase)
    static let help = KeyBinding("?", UIStrings.swedish.keyHelp)
    static let back = KeyBinding("q", UIStrings.swedish.keyBack)
    static let backByEscape = KeyBinding([.escape], "Esc", UIStrings.swedish.keyBack)
    static let details = KeyBinding("e", UIStrings.swedish.keyDetails)
    static let history = KeyBinding("v", UIStrings.swedish.keyHistory)
    static let fullBanner = KeyBinding("S", UIStrings.swedish.keyFullBanner)
    static let undo = KeyBinding("u", UIStrings.swedish.keyUndo)
    static let redo = KeyBinding([.control("r")], "Ctrl-R", UIStrings.swedish.keyRedo)

    /// The screen's keys while a panel other than the checklist is in front and browsing: after the
    /// panel's own, which take a key first.
    static func onPanel(hasBanner: Bool) -> KeyMap<ScreenAction> {
        var map = KeyMap<ScreenAction>([
            (switchPanel, .switchPanel), (help, .help), (back, .back), (backByEscape.helpOnly, .back),
            (choosePhase.helpOnly, .choosePhase), (stepPhase.helpOnly, .stepPhase),
            (stepPhaseByArrow.helpOnly, .stepPhase), (stepPhaseByLetter.helpOnly, .stepPhase),
            (details.helpOnly, .details), (history.helpOnly, .history),
        ])
        if hasBanner { map.add(fullBanner.helpOnly, ScreenAction.fullBanner) }
        return map
    }

    /// The undo and redo keys, taken before the screen's others while nothing is typed (help only).
    static let undoKeys = [undo.helpOnly, redo.helpOnly]
}
