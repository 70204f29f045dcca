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

/// The last terminating signal caught (SIGINT, SIGTERM, SIGHUP), or 0.
static volatile sig_atomic_t ting_caught_signal = 0;

static void ting_signal_handler(int sig) { ting_caught_signal = sig; }

/// Catch SIGINT, SIGTERM and SIGHUP into a flag (no SA_RESTART, so a blocked
/// read returns), letting the main loop restore the terminal and exit cleanly.
static inline void ting_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = ting_signal_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

/// The signal caught since start, or 0.
static inline int ting_pending_signal(void) { return (int)ting_caught_signal; }

#endif
