extension Keymap {
    /// The keys of the Målgrupper panel in each of its modes.
    static func groupsHints(_ mode: GroupsPanelMode) -> [KeyHint] {
        let s = UIStrings.swedish
        switch mode {
        case .browsing:
            return [
                KeyHint("←↑↓→", s.keyMove), KeyHint("a", s.keyAddGroup), KeyHint("Enter", s.keyEditGroup),
                KeyHint("H/J/K/L", s.keyMoveGroup), KeyHint("Shift+pil", s.keyMoveGroup, hintLine: false),
                KeyHint("d", s.keyRemoveGroup), KeyHint("G", s.keyFullAdvice, hintLine: false),
                KeyHint("[ ]", s.keyPanel),
                KeyHint("?", s.keyHelp), KeyHint("q", s.keyBack),
                KeyHint("h/j/k/l", s.keyMove, hintLine: false), KeyHint("1–5", s.keyPhase, hintLine: false),
                KeyHint("Tab/Shift-Tab", s.keyNextPhase, hintLine: false),
            ] + panelUndoHints
        case .adding:
            return [KeyHint("Enter", s.keySave), KeyHint("Esc", s.keyCancel)]
        case .editing(let form):
            if form.editor != nil { return [KeyHint("Enter", s.keySave), KeyHint("Esc", s.keyCancel)] }
            return [
                KeyHint("↑↓", s.keyMove), KeyHint("Space", s.keyTick), KeyHint("Enter", s.keyChange),
                KeyHint("Esc", s.keyCloseForm),
            ]
        case .confirmingRemove:
            return confirmationHints(s.keyRemoveGroup)
        }
    }
}
