import CNcurses
import Glibc
import TerminalKit
import TextSafety

/// The real terminal: shows frames and reads keys, clicks, resizes and signals through ncurses.
///
/// Only changed cells are written each frame. The terminal is restored by `shutdown()`, at
/// exit if the caller forgets, and around Ctrl-Z by ncurses itself; after a resume or a resize
/// the next frame is drawn whole.
public final class NcursesTerminal: Terminal {
    private let palette: NcursesPalette
    private var previous: ScreenBuffer?
    private var needsFullRedraw = true
    private var cursorVisible = false
    private var isShutDown = false
    /// An event read together with a resume, delivered on the next call so no key is lost.
    private var heldEvent: TerminalEvent?
    /// Whether the last event reported was Ctrl-C: it ended the session unless the application read on.
    private var interruptReported = false

    /// The longest a read waits before the signal flags are looked at again.
    private static let signalCheckMilliseconds = 200
    /// How many failed reads in a row, each returning at once, count as lost input.
    private static let closedInputFailures = 100

    /// Starts curses with the theme's colours (none when the theme is monochrome or the terminal
    /// has none). Throws when standard input/output is not a terminal or TERM is unusable.
    public init(theme: Theme) throws(NcursesTerminalError) {
        ting_setup_locale()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        ting_install_signal_handlers()
        ting_save_terminal_modes()
        guard ting_newterm() != nil else {
            throw .unusableTerminal(term: getenv("TERM").map { String(cString: $0) })
        }
        ting_register_exit_cleanup()
        ting_install_fatal_signal_handlers()
        cbreak()
        noecho()
        nonl()
        intrflush(ting_stdscr(), false)
        keypad(ting_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        ting_disable_flow_control()
        palette = NcursesPalette(theme: theme)
        mouseinterval(0)
        mousemask(ting_button1_clicked() | ting_button1_pressed(), nil)
    }

    deinit { shutdown() }

    public var size: Size { Size(width: Int(ting_cols()), height: Int(ting_lines())) }

    public func present(_ buffer: ScreenBuffer, cursor: Point?) {
        guard !isShutDown else { return }
        let screen = size
        let redrawAll = needsFullRedraw || previous?.size != buffer.size
        if redrawAll { werase(ting_stdscr()) }
        let rows = min(buffer.size.height, screen.height)
        let columns = min(buffer.size.width, screen.width)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = buffer[x, y]
                guard cell.width > 0 else { continue }
                if !redrawAll, let previous, previous[x, y] == cell { continue }
                put(cell, x: x, y: y)
            }
        }
        previous = buffer
        needsFullRedraw = false
        showCursor(cursor.flatMap { Rect(screen).contains($0) ? $0 : nil })
        wrefresh(ting_stdscr())
    }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !isShutDown else { return .terminate }
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed(since instant: ContinuousClock.Instant) -> Int {
            Int((clock.now - instant) / .milliseconds(1))
        }
        var instantFailures = 0
        // Reading on after Ctrl-C means the application did not quit on it.
        interruptReported = false
        while true {
            if let event = signalEvent() { return event }
            if let event = heldEvent {
                heldEvent = nil
                return event
            }
            // Wait in slices: a resume (SIGCONT) does not interrupt curses' read, so look again soon.
            var wait = Self.signalCheckMilliseconds
            if timeoutMilliseconds >= 0 {
                wait = max(0, min(wait, timeoutMilliseconds - elapsed(since: start)))
            }
            let waitStarted = clock.now
            wtimeout(ting_stdscr(), Int32(wait))
            var character: wint_t = 0
            let result = wget_wch(ting_stdscr(), &character)
            let read = result == ting_err() ? nil : event(result: result, value: character)
            if let event = signalEvent() {
                if event != .terminate { heldEvent = read }
                return event
            }
            if let read { return read }
            if timeoutMilliseconds >= 0 && elapsed(since: start) >= timeoutMilliseconds { return nil }
            // Reads that fail at once, again and again, mean the terminal's input is gone.
            let failedAtOnce = result == ting_err() && elapsed(since: waitStarted) < wait / 2
            instantFailures = failedAtOnce ? instantFailures + 1 : 0
            if instantFailures >= Self.closedInputFailures { return .terminate }
        }
    }

    /// The terminating signal caught (SIGINT, SIGTERM or SIGHUP), if one ended the session; the
    /// program exits with 128 plus its number, as shells expect.
    public var terminatingSignal: Int32? {
        let signal = Int32(ting_pending_signal())
        if signal == 0 { return interruptReported ? SIGINT : nil }
        return signal
    }

    /// Ends curses and restores the terminal; later calls do nothing.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        ting_disarm_fatal_signal_handlers()
        endwin()
    }

    /// `.terminate` for SIGINT/SIGTERM/SIGHUP; after a resume (Ctrl-Z, fg) a `.resize` that makes
    /// the application draw again, which this terminal then does whole.
    private func signalEvent() -> TerminalEvent? {
        if ting_pending_signal() == SIGINT {
            // Reported once: the application quits on it, or warns and reads on.
            ting_forget_interrupt()
            interruptReported = true
            return .interrupt
        }
        if ting_pending_signal() != 0 { return .terminate }
        if ting_take_resumed() != 0 {
            needsFullRedraw = true
            clearok(ting_curscr(), true)
            return .resize(size)
        }
        return nil
    }

    private func event(result: Int32, value: wint_t) -> TerminalEvent? {
        guard result == ting_key_code_yes() else {
            return NcursesKeyDecoder.key(forCharacter: UInt32(value)).map(TerminalEvent.key)
        }
        let code = Int32(bitPattern: value)
        if code == ting_key_resize() {
            needsFullRedraw = true
            return .resize(size)
        }
        if code == ting_key_mouse() {
            var y: Int32 = 0
            var x: Int32 = 0
            return ting_read_click(&y, &x) == 1 ? .click(Point(x: Int(x), y: Int(y))) : nil
        }
        return NcursesKeyDecoder.key(forCode: code).map(TerminalEvent.key)
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let (attributes, pair) = palette.attributes(for: cell.style)
        // Cells set directly (not by `write`) may still hold control characters.
        var characters = SafeText.clean(String(cell.grapheme)).unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        let row = Int32(y)
        let column = Int32(x)
        if ting_put_cell(row, column, characters, attributes, pair) == ting_err(), characters.count > 2 {
            // More marks than a curses cell holds (e.g. a long emoji sequence): show its first character.
            ting_put_cell(row, column, [characters[0], 0], attributes, pair)
        }
    }

    private func showCursor(_ cursor: Point?) {
        if let cursor { wmove(ting_stdscr(), Int32(cursor.y), Int32(cursor.x)) }
        if (cursor != nil) != cursorVisible {
            cursorVisible = cursor != nil
            curs_set(cursorVisible ? 1 : 0)
        }
    }
}
