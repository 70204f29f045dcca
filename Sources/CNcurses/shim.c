#include "CNcurses.h"

#include <stdlib.h>
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
