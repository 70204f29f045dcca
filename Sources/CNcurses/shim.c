#include "CNcurses.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/// The last terminating signal caught (SIGINT, SIGTERM, SIGHUP), or 0.
static volatile sig_atomic_t ting_caught_signal = 0;
/// Set by SIGCONT; cleared by ting_take_resumed.
static volatile sig_atomic_t ting_resumed = 0;

static void ting_terminating_signal_handler(int sig) { ting_caught_signal = sig; }

static void ting_continue_signal_handler(int sig) {
    (void)sig;
    ting_resumed = 1;
}

void ting_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = ting_terminating_signal_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);

    struct sigaction cont;
    memset(&cont, 0, sizeof cont);
    cont.sa_handler = ting_continue_signal_handler;
    sigemptyset(&cont.sa_mask);
    sigaction(SIGCONT, &cont, NULL);

    /* A parent may have started us with these blocked (the mask is inherited across exec);
       then resize, Ctrl-Z and termination would never reach us. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGCONT);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

int ting_pending_signal(void) { return (int)ting_caught_signal; }

void ting_forget_interrupt(void) {
    if (ting_caught_signal == SIGINT) ting_caught_signal = 0;
}

int ting_take_resumed(void) {
    if (!ting_resumed) return 0;
    ting_resumed = 0;
    return 1;
}

static void ting_end_curses_at_exit(void) {
    if (stdscr != NULL && !isendwin()) endwin();
}

void ting_register_exit_cleanup(void) {
    static int registered = 0;
    if (registered) return;
    registered = 1;
    atexit(ting_end_curses_at_exit);
}

void ting_disable_flow_control(void) {
    struct termios mode;
    if (tcgetattr(STDIN_FILENO, &mode) != 0) return;
    mode.c_iflag &= ~(tcflag_t)IXON;
    tcsetattr(STDIN_FILENO, TCSANOW, &mode);
    def_prog_mode();
}

/* ---- Fatal signals: restore the terminal before the process dies. ---- */

/// The terminal modes from before curses changed them.
static struct termios ting_saved_modes;
static int ting_have_saved_modes = 0;
/// 1 while curses owns the terminal, so a fatal signal must put it back.
static volatile sig_atomic_t ting_fatal_armed = 0;
/// What to write to leave curses' screen (rmcup, cnorm, sgr0, rmkx from terminfo, mouse off),
/// composed before any signal can arrive: a handler may only call async-signal-safe functions.
static char ting_reset_sequence[512];
static size_t ting_reset_length = 0;
/// An alternate stack, so a stack overflow (SIGSEGV) can still run the handler.
static char ting_alternate_stack[64 * 1024];

static const int ting_fatal_signals[] = {SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP};

static void ting_append_reset(const char *text) {
    if (text == NULL || text == (const char *)-1) return;
    size_t length = strlen(text);
    if (ting_reset_length + length >= sizeof ting_reset_sequence) return;
    memcpy(ting_reset_sequence + ting_reset_length, text, length);
    ting_reset_length += length;
}

static void ting_fatal_signal_handler(int sig) {
    int saved_errno = errno;
    if (ting_fatal_armed) {
        ting_fatal_armed = 0;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &ting_saved_modes);
        ssize_t ignored = write(STDOUT_FILENO, ting_reset_sequence, ting_reset_length);
        (void)ignored;
    }
    /* Die of the signal by its default action once this returns. Not Swift's crash reporter:
       on a terminal it waits half a minute for a key before the process may end. */
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(sig, &fallback, NULL);
    errno = saved_errno;
    raise(sig);
}

void ting_save_terminal_modes(void) { ting_have_saved_modes = tcgetattr(STDIN_FILENO, &ting_saved_modes) == 0; }

void ting_install_fatal_signal_handlers(void) {
    if (!ting_have_saved_modes) return;
    ting_reset_length = 0;
    ting_append_reset("\x1b[?1000l\x1b[?1002l\x1b[?1006l");
    ting_append_reset(tigetstr("sgr0"));
    ting_append_reset(tigetstr("cnorm"));
    ting_append_reset(tigetstr("rmkx"));
    ting_append_reset(tigetstr("rmcup"));
    ting_append_reset("\r\n");

    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t alternate;
        memset(&alternate, 0, sizeof alternate);
        alternate.ss_sp = ting_alternate_stack;
        alternate.ss_size = sizeof ting_alternate_stack;
        sigaltstack(&alternate, NULL);
    }
    for (size_t i = 0; i < sizeof ting_fatal_signals / sizeof ting_fatal_signals[0]; i++) {
        int sig = ting_fatal_signals[i];
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = ting_fatal_signal_handler;
        action.sa_flags = SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        sigaction(sig, &action, NULL);
    }
    ting_fatal_armed = 1;
}

void ting_disarm_fatal_signal_handlers(void) { ting_fatal_armed = 0; }
