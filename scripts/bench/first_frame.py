#!/usr/bin/env python3
"""Times Ting's start to its first full frame in a pseudo-terminal.

Each run forks a child on a fresh pty (window size set with TIOCSWINSZ), which notes the monotonic
clock just before it execs `ting --dir LIBRARY`. The parent reads the pty until the bottom hint
line's last word (default "avsluta") has arrived, notes the clock again, sends "q" and reaps the
child. With --cold, the library's .index is deleted before every run, so each start rebuilds it.

Writes {"label", "unit": "ms", "samples": [...]} as JSON to --out and prints min / median / p90.
"""

import argparse
import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

from stats import describe

INDEX_FILE = ".index"


class RunFailed(Exception):
    """A run that never showed the frame or did not quit."""


def read_available(fd: int, timeout: float) -> bytes:
    """Whatever the pty has within `timeout` seconds; b"" on end of file (the child closed it)."""
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        raise TimeoutError
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the slave side is closed
        return b""


def one_run(binary: str, library: str, env: dict, columns: int, rows: int, sentinel: bytes,
            timeout: float) -> float:
    """Milliseconds from exec to the sentinel on screen."""
    clock_read, clock_write = os.pipe()
    pid, master = pty.fork()
    if pid == 0:
        try:
            os.close(clock_read)
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.write(clock_write, str(time.monotonic_ns()).encode())
            os.close(clock_write)
            os.execve(binary, [binary, "--dir", library], env)
        finally:
            os._exit(127)
    os.close(clock_write)
    try:
        screen = b""
        deadline = time.monotonic() + timeout
        shown_at = None
        while shown_at is None:
            chunk = read_available(master, max(0.0, deadline - time.monotonic()))
            now = time.monotonic_ns()
            if not chunk:
                raise RunFailed(f"ting quit before showing {sentinel!r}; it printed: {screen[-400:]!r}")
            screen += chunk
            if sentinel in screen:
                shown_at = now
        started_at = int(os.read(clock_read, 64).decode())
        os.write(master, b"q")
        while read_available(master, max(0.0, deadline - time.monotonic())):
            pass
        _, status = os.waitpid(pid, 0)
        pid = 0
        if os.waitstatus_to_exitcode(status) != 0:
            raise RunFailed(f"ting exited with status {os.waitstatus_to_exitcode(status)}")
        return (shown_at - started_at) / 1e6
    except TimeoutError:
        raise RunFailed(f"no {sentinel!r} within {timeout} s") from None
    finally:
        if pid:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(master)
        os.close(clock_read)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("library")
    parser.add_argument("--label", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="delete the index before every run")
    parser.add_argument("--size", default="100x30", help="COLUMNSxROWS")
    parser.add_argument("--until", default="avsluta", help="text that ends the first frame")
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--config", required=True, help="XDG_CONFIG_HOME and HOME for ting")
    args = parser.parse_args()

    columns, rows = (int(part) for part in args.size.split("x"))
    env = {
        "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
        "HOME": args.config, "XDG_CONFIG_HOME": args.config, "USER": "bench",
    }
    index = Path(args.library) / INDEX_FILE
    samples = []
    try:
        for run in range(args.warmup + args.runs):
            if args.cold:
                index.unlink(missing_ok=True)
            elapsed = one_run(
                args.binary, args.library, env, columns, rows, args.until.encode(), args.timeout)
            if run >= args.warmup:
                samples.append(elapsed)
    except RunFailed as failure:
        print(f"first_frame: {args.label}: {failure}", file=sys.stderr)
        return 1
    if args.cold and not index.exists():
        print(f"first_frame: {args.label}: ting did not write {index}", file=sys.stderr)
        return 1

    args.out.write_text(json.dumps({"label": args.label, "unit": "ms", "samples": samples}, indent=2))
    figures = describe(samples)
    print(f"{args.label}: min {figures['min']:.2f} ms, median {figures['median']:.2f} ms, "
          f"p90 {figures['p90']:.2f} ms ({figures['runs']} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
