#ifndef TING_CNCURSES_H
#define TING_CNCURSES_H

/// The only C in Ting: a thin shim over ncursesw that exposes, as static
/// inline functions, the macros and globals Swift cannot import.

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <stdio.h>

/// Attributes (macros in curses.h).
static inline attr_t ting_a_normal(void) { return A_NORMAL; }
static inline attr_t ting_a_bold(void) { return A_BOLD; }
static inline attr_t ting_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ting_a_reverse(void) { return A_REVERSE; }
static inline attr_t ting_a_dim(void) { return A_DIM; }
static inline attr_t ting_a_italic(void) { return A_ITALIC; }

/// Globals.
static inline int ting_lines(void) { return LINES; }
static inline int ting_cols(void) { return COLS; }
static inline WINDOW *ting_stdscr(void) { return stdscr; }
static inline int ting_colors(void) { return COLORS; }
static inline int ting_color_pairs(void) { return COLOR_PAIRS; }

/// Key codes that are macros.
static inline int ting_key_f(int n) { return KEY_F(n); }
static inline int ting_key_resize(void) { return KEY_RESIZE; }
static inline int ting_key_mouse(void) { return KEY_MOUSE; }
static inline int ting_err(void) { return ERR; }
static inline int ting_ok(void) { return OK; }
static inline int ting_key_code_yes(void) { return KEY_CODE_YES; }

/// Line-drawing characters (ACS and WACS are arrays/macros).
static inline const cchar_t *ting_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *ting_wacs_vline(void) { return WACS_VLINE; }
static inline const cchar_t *ting_wacs_ulcorner(void) { return WACS_ULCORNER; }
static inline const cchar_t *ting_wacs_urcorner(void) { return WACS_URCORNER; }
static inline const cchar_t *ting_wacs_llcorner(void) { return WACS_LLCORNER; }
static inline const cchar_t *ting_wacs_lrcorner(void) { return WACS_LRCORNER; }

/// Color pairs as attributes.
static inline attr_t ting_color_pair(int n) { return COLOR_PAIR(n); }

/// Put one cell: a grapheme (up to 5 wide characters) with attributes and a color pair.
static inline int ting_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cc);
}

/// Display width of one wide character (-1 for non-printable).
static inline int ting_wcwidth(wchar_t c) { return wcwidth(c); }

/// Set the locale from the environment; when its character set is not UTF-8,
/// fall back to C.UTF-8 so that å ä ö are never dropped. Returns 1 if a UTF-8
/// locale is in force afterwards.
static inline int ting_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *cs = nl_langinfo(CODESET);
    if (cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0)) return 1;
    if (setlocale(LC_ALL, "C.UTF-8") || setlocale(LC_ALL, "C.utf8") || setlocale(LC_ALL, "en_US.UTF-8")) {
        cs = nl_langinfo(CODESET);
        return cs && strcmp(cs, "UTF-8") == 0;
    }
    return 0;
}

/// Catch SIGINT, SIGTERM and SIGHUP into a flag (no SA_RESTART, so a blocked
/// read returns), letting the main loop restore the terminal and exit cleanly;
/// and note SIGCONT (resume after Ctrl-Z, also without SA_RESTART) so the next
/// frame is drawn whole.
/// SIGTSTP is left alone, so ncurses' own handler suspends and restores the screen.
/// The flags live in shim.c, so every caller sees the same ones.
void ting_install_signal_handlers(void);

/// The signal caught since start, or 0.
int ting_pending_signal(void);

/// Forgets a caught SIGINT (Ctrl-C), once the application has heard of it; SIGTERM and SIGHUP stay.
void ting_forget_interrupt(void);

/// 1 once after the process was resumed (SIGCONT) since the last call, else 0.
int ting_take_resumed(void);

/// Saves the terminal's modes as the shell left them; call before newterm.
void ting_save_terminal_modes(void);

/// On SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE and SIGTRAP, restores the modes that
/// ting_save_terminal_modes saved and leaves curses' screen (call after newterm), using only
/// async-signal-safe calls, then lets the signal's default action end the process, so it still
/// dies of it (Swift's crash report, which waits for a key on a terminal, is not chained to).
void ting_install_fatal_signal_handlers(void);

/// Stops the fatal-signal handlers from touching the terminal (curses has ended it already).
void ting_disarm_fatal_signal_handlers(void);

/// Ends curses at process exit if the program did not (idempotent with endwin).
void ting_register_exit_cleanup(void);

/// Turns off XON/XOFF flow control on standard input, so Ctrl-S and Ctrl-Q arrive as keys
/// instead of freezing the screen; ncurses keeps this as the program's mode.
void ting_disable_flow_control(void);

/// Starts curses on standard output and input without exiting on an unusable TERM
/// (unlike initscr). Returns NULL when the terminal type is unknown or cannot move
/// the cursor (e.g. TERM=dumb).
static inline SCREEN *ting_newterm(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (!screen) return NULL;
    set_term(screen);
    const char *cup = tigetstr("cup");
    if (cup == NULL || cup == (const char *)-1) {
        endwin();
        delscreen(screen);
        return NULL;
    }
    return screen;
}

/// The physical screen as curses believes it is (set clearok on it to repaint all).
static inline WINDOW *ting_curscr(void) { return curscr; }

/// Mouse masks (macros).
static inline mmask_t ting_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t ting_button1_pressed(void) { return BUTTON1_PRESSED; }

/// Reads the pending mouse event; returns 1 and its cell when it is a button-1 press or click.
static inline int ting_read_click(int *y, int *x) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    if (!(event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED))) return 0;
    *y = event.y;
    *x = event.x;
    return 1;
}

#endif
