/// Why the ncurses terminal could not start; each message is one Swedish sentence naming the fix.
public enum NcursesTerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (redirected to a file or a pipe).
    case notATerminal
    /// ncurses does not know the terminal type in TERM, or it cannot address the cursor.
    case unusableTerminal(term: String?)

    public var description: String {
        switch self {
        case .notATerminal:
            return "Ting behöver en terminal: starta det utan omdirigering av standard in och ut, "
                + "eller använd kommandona (ting list, ting show) i skript."
        case .unusableTerminal(let term?):
            return "Terminaltypen TERM=\(term) går inte att använda; sätt TERM till en känd typ, "
                + "till exempel TERM=xterm-256color."
        case .unusableTerminal(nil):
            return "Miljövariabeln TERM saknas; sätt den till din terminals typ, "
                + "till exempel TERM=xterm-256color."
        }
    }
}
