import CNcurses
import TerminalKit

/// Turns what `wget_wch` returns into a `Key`: function-key codes (KEY_CODE_YES) and characters.
enum NcursesKeyDecoder {
    /// The key for an ncurses function-key code (KEY_UP, KEY_F(1), …), or nil for codes Ting ignores.
    static func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_SR: return .shiftUp
        case KEY_SF: return .shiftDown
        case KEY_SLEFT: return .shiftLeft
        case KEY_SRIGHT: return .shiftRight
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case ting_key_f(1)...ting_key_f(63): return .function(Int(code - ting_key_f(0)))
        default: return nil
        }
    }

    /// The key for a character read: printable ones as `.character`, control codes as named keys
    /// or `.control(letter)`, nil for codes without meaning here.
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
