#!/usr/bin/env python3
"""Peak resident memory of a command: runs it RUNS times and reads each child's own rusage.

os.wait4 gives the kernel's ru_maxrss for that one child (the figure `/usr/bin/time -v` prints as
"Maximum resident set size"), so no outside tool is needed. Output goes to /dev/null.
Writes {"label", "unit": "MB", "samples": [...]} as JSON to --out.

usage: peak_rss.py --label L --out FILE [--runs N] -- COMMAND ARG...
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from stats import describe


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given after --")

    samples = []
    for _ in range(args.runs):
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            print(f"peak_rss: {args.label}: {command[0]} exited with status {child.returncode}",
                  file=sys.stderr)
            return 1
        samples.append(usage.ru_maxrss / 1024)  # Linux reports KiB
    args.out.write_text(json.dumps({"label": args.label, "unit": "MB", "samples": samples}, indent=2))
    figures = describe(samples)
    print(f"{args.label}: max {max(samples):.1f} MB, median {figures['median']:.1f} MB ({len(samples)} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
