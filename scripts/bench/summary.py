#!/usr/bin/env python3
"""Prints the benchmark table: each figure next to DESIGN.md's budget, PASS or OVER.

Reads the JSON files bench.sh left in the results folder: hyperfine exports (times in seconds) and
this folder's own {"label", "unit", "samples"} files, plus context.txt (load, build) printed below
the table. A budget is met when the median is within it
(p90 is shown as well). Writes the same table as summary.md next to them.

usage: summary.py RESULTS_FOLDER
"""

import json
import sys
from pathlib import Path

from stats import describe

# (result file stem, what, budget or None for a figure shown for reference only)
ROWS = [
    ("first-frame-200-warm", "start to first full frame, library of 200", 15.0),
    ("first-frame-200-cold", "  … first start, index missing (rebuilds it)", None),
    ("first-frame-1000-warm", "start to first full frame, library of 1,000", None),
    ("list-1000", "`ting list` over 1,000", 20.0),
    ("list-200", "`ting list` over 200", None),
    ("list-1000-cold", "  … index missing (decodes all 1,000 files)", None),
    ("peak-rss-list-1000", "peak RSS of `ting list` over 1,000", None),
    ("keypress-checklist-5000", "keypress to frame, checklist of 5,000 items", 2.0),
    ("keypress-groups-200", "keypress to frame, 200 target groups", 2.0),
    ("keypress-meeting-5000", "meeting mode: keypress to frame, 5,000 inputs", 2.0),
    ("enter-meeting-5000", "meeting mode: Enter (capture) to frame, 5,000 inputs", 2.0),
    ("keypress-register-5000", "Underlag: ↑↓ to frame, 5,000 inputs", 2.0),
    ("keypress-register-filter-5000", "Underlag: a key of the text filter to frame, 5,000 inputs", 2.0),
    ("response-counts-5000", "responses per status over 5,000 inputs (made every frame)", 1.0),
    ("themes-5000", "themes with counts and responses over 5,000 inputs (made every frame)", 1.0),
    ("keypress-analysis-5000", "Analys: ↑↓ to frame, 5,000 inputs, 200 groups", 2.0),
    ("answer-analysis-5000", "Analys: Enter saving an answer, evidence made again, to frame", 2.0),
    ("save-checklist-5000", "save after one edit, 5,000 items (lock, check, fsync)", None),
    ("capture-5000", "capture one input into 5,000 inputs, 200 groups, 50 activities, to disk", 25.0),
    ("capture-50", "  … the same into 50 inputs (5,000 must be ≤ 1.5×)", None),
    ("open-5000", "open the dialogue of 5,000 inputs (load, in process)", 50.0),
    ("undo-tag-5000", "undo (`u`) of a tag among 5,000 inputs after another writer's capture", 2.0),
    ("peak-rss-open-5000", "peak RSS with the dialogue of 5,000 inputs open", 30.0),
    ("version", "calibration: `ting --version`", None),
    ("true", "calibration: `/bin/true` (harness overhead)", None),
    ("version-dynamic", "`ting --version`, dynamically linked", None),
    ("list-1000-dynamic", "`ting list` over 1,000, dynamically linked", None),
    ("first-frame-200-warm-dynamic", "first frame, 200, dynamically linked", None),
]


def load(path: Path) -> tuple:
    """(unit, samples) of one result file in either format."""
    data = json.loads(path.read_text())
    if "results" in data:  # hyperfine export
        return "ms", [seconds * 1000 for seconds in data["results"][0]["times"]]
    return data["unit"], data["samples"]


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("bench/results")
    lines = [
        "| what | budget | min | median | p90 | runs | verdict |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    over = 0
    for stem, what, budget in ROWS:
        path = folder / f"{stem}.json"
        if not path.exists():
            continue
        unit, samples = load(path)
        figures = describe(samples)
        verdict = ""
        if budget is not None:
            verdict = "PASS" if figures["median"] <= budget else "OVER"
            over += verdict == "OVER"
        budget_text = f"≤ {budget:g} {unit}" if budget is not None else ""
        lines.append(
            f"| {what} | {budget_text} | {figures['min']:.2f} {unit} | {figures['median']:.2f} {unit} "
            f"| {figures['p90']:.2f} {unit} | {figures['runs']} | {verdict} |")
    context = folder / "context.txt"
    if context.exists():
        lines += [""] + context.read_text().splitlines()
    table = "\n".join(lines)
    print(table)
    (folder / "summary.md").write_text(table + "\n")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
