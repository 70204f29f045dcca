extension Keymap {
    /// The keys of a yes/no question, `action` naming what yes does (e.g. "ta bort").
    static func confirmationHints(_ action: String) -> [KeyHint] {
        let s = UIStrings.swedish
        return [KeyHint("y", action), KeyHint("n", s.keyCancel), KeyHint("Esc", s.keyCancel)]
    }
}
