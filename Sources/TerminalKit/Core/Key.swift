/// A key the user pressed, decoded from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("c")`.
    case control(Character)
    case up, down, left, right
    /// Shift-↑, Shift-↓, Shift-← and Shift-→ (terminfo kri, kind, kLFT, kRIT).
    case shiftUp, shiftDown, shiftLeft, shiftRight
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}
