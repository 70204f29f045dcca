/// A colour a theme gives to text or background: the terminal's own default or an xterm-256 index.
public enum ThemeColor: Hashable, Sendable {
    /// Whatever the terminal uses when no colour is set (keeps transparent backgrounds).
    case terminalDefault
    /// An xterm-256 colour: 0–15 the ANSI colours, 16–231 the 6×6×6 cube, 232–255 greys.
    case index(UInt8)
}
