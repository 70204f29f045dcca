#!/usr/bin/env bash
# Measures DESIGN.md's speed budgets on a release build, the way README installs it
# (--static-swift-stdlib): start to first frame over 200 dialogues, `ting list` over 1,000 and
# 200, `ting agenda` and `ting list --overdue` over 1,000, peak RSS of that list, keypress to
# updated frame (Benchmarks/FrameBenchmark) and `ting --version` as a calibration. Prints a table with the budget
# next to each figure; exits 1 if a budget is missed. Results: bench/results/ (gitignored).
#
# usage: scripts/bench.sh [--runs N] [--compare-dynamic] [--no-build]
#   --runs N            measured runs per figure (default 30, after 3 warm-ups)
#   --compare-dynamic   also build without --static-swift-stdlib and time that binary
#   --no-build          use the binaries already built
#
# The release build goes to its own scratch folder (.build-bench, .build-bench-dynamic) so the
# benchmark does not relink everybody's .build with other flags.
set -euo pipefail
shopt -s inherit_errexit
root=$(cd "$(dirname "$0")/.." && pwd)
helpers="$root/scripts/bench"
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in the worktree
results="$root/bench/results"

runs=30
warmup=3
compare_dynamic=false
build=true
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --compare-dynamic) compare_dynamic=true; shift ;;
        --no-build) build=false; shift ;;
        *) echo "bench: unknown option $1 (see the top of $0)" >&2; exit 2 ;;
    esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/ting-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

say() { printf '\n== %s\n' "$*"; }

build_release() { # scratch-folder [extra flags...]; prints the binary's path
    local scratch="$1"; shift
    if $build; then
        say "swift build -c release $* (in $scratch)" >&2
        if ! (cd "$root" && swift build -c release --scratch-path "$scratch" "$@") \
            >"$work/build.log" 2>&1; then
            cat "$work/build.log" >&2
            exit 1
        fi
        tail -n 1 "$work/build.log" >&2
    fi
    local binary="$scratch/release/ting"
    [ -x "$binary" ] || { echo "bench: $binary is missing; run without --no-build" >&2; exit 1; }
    printf '%s\n' "$binary"
}

if ! command -v hyperfine >/dev/null 2>&1; then
    say "installing hyperfine"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null; }
fi
no_shell=(-N)
hyperfine_help=$(hyperfine --help)
grep -q -- '^ *-N' <<<"$hyperfine_help" || no_shell=(--shell=none)

ting=$(build_release "$root/.build-bench" --static-swift-stdlib)
ting_dynamic=""
if $compare_dynamic; then
    ting_dynamic=$(build_release "$root/.build-bench-dynamic")
fi

config="$work/config" # HOME and XDG_CONFIG_HOME: no user settings or templates take part
mkdir -p "$config"
export HOME="$config" XDG_CONFIG_HOME="$config" LANG=C.UTF-8
unset TING_DIR NO_COLOR

say "libraries of 200 and 1,000 dialogues in $work"
"$ting" new --example --dir "$work/example" >/dev/null
example=$(find "$work/example" -maxdepth 1 -name '*.json' ! -name '.*' | head -n 1)
for count in 200 1000; do
    python3 "$helpers/make_library.py" "$example" "$work/lib-$count" "$count"
done
# The index trusts a file only once its times lie 2 s before the entry was made (coarse file
# system clocks); wait that out, then let one `ting list` build the index every warm run reuses.
sleep 2.5
for count in 200 1000; do
    listed=$("$ting" list --dir "$work/lib-$count" | wc -l)
    [ "$listed" -eq "$count" ] || { echo "bench: ting list shows $listed of $count dialogues" >&2; exit 1; }
    damaged=$("$ting" list --dir "$work/lib-$count" | grep -c '^SKADAD' || true)
    [ "$damaged" -eq 0 ] || { echo "bench: $damaged of $count copies are damaged" >&2; exit 1; }
done

rm -rf "$results"
mkdir -p "$results"
# Other work on the machine moves medians a lot; the summary shows the load next to the figures.
printf 'load average at start: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >"$results/context.txt"

first_frame() { # binary library result-stem [--cold]
    python3 "$helpers/first_frame.py" "$1" "$2" --label "$3" --out "$results/$3.json" \
        --runs "$runs" --warmup "$warmup" --config "$config" "${@:4}"
}

time_command() { # result-stem command...
    local stem="$1"; shift
    hyperfine "${no_shell[@]}" --warmup "$warmup" --runs "$runs" --style basic \
        --export-json "$results/$stem.json" --export-markdown "$results/$stem.md" "$@" |
        grep -E 'Benchmark|Time|Range'
}

say "start to first full frame (pty, 100×30, until the hint line's last word)"
first_frame "$ting" "$work/lib-200" first-frame-200-warm
first_frame "$ting" "$work/lib-200" first-frame-200-cold --cold --warmup 0 --runs 10
first_frame "$ting" "$work/lib-1000" first-frame-1000-warm

say "ting list (hyperfine)"
time_command list-1000 "$ting list --dir $work/lib-1000"
time_command list-200 "$ting list --dir $work/lib-200"
hyperfine "${no_shell[@]}" --runs 10 --style basic --prepare "rm -f $work/lib-1000/.index" \
    --export-json "$results/list-1000-cold.json" "$ting list --dir $work/lib-1000" |
    grep -E 'Benchmark|Time|Range'

say "ting agenda and ting list --overdue over 1,000 (hyperfine; every due item of every dialogue)"
time_command agenda-1000 "$ting agenda --days 36500 --dir $work/lib-1000"
time_command list-overdue-1000 "$ting list --overdue --dir $work/lib-1000"

say "peak RSS"
python3 "$helpers/peak_rss.py" --label peak-rss-list-1000 --out "$results/peak-rss-list-1000.json" \
    -- "$ting" list --dir "$work/lib-1000"

say "calibration"
time_command version "$ting --version"
time_command true "/bin/true"

if [ -n "$ting_dynamic" ]; then
    say "dynamically linked, for comparison"
    time_command version-dynamic "$ting_dynamic --version"
    time_command list-1000-dynamic "$ting_dynamic list --dir $work/lib-1000"
    first_frame "$ting_dynamic" "$work/lib-200" first-frame-200-warm-dynamic
fi

say "keypress to updated frame (update + render in process, 5,000 items, 200 groups)"
"$(dirname "$ting")/FrameBenchmark" "$results" 300

say "capture of one input, to disk with fsync, and open (Benchmarks/CaptureBenchmark, 5,000 inputs)"
"$(dirname "$ting")/CaptureBenchmark" "$results" 100
mkdir -p "$work/lib-inputs"
inputs_stem=$("$(dirname "$ting")/CaptureBenchmark" --make "$work/lib-inputs")
python3 "$helpers/peak_rss.py" --label peak-rss-open-5000 --out "$results/peak-rss-open-5000.json" \
    -- "$(dirname "$ting")/CaptureBenchmark" --open "$work/lib-inputs" "$inputs_stem"
python3 - "$results" <<'RATIO' >>"$results/context.txt"
import json, statistics, sys
from pathlib import Path
median = lambda name: statistics.median(json.loads((Path(sys.argv[1]) / f"{name}.json").read_text())["samples"])
print(f"capture 5,000 / capture 50 = {median('capture-5000') / median('capture-50'):.2f}× (budget ≤ 1.5×)")
RATIO

printf 'load average at end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$results/context.txt"
printf 'release build, --static-swift-stdlib; %s cores; %s\n' "$(nproc)" "$(uname -sr)" \
    >>"$results/context.txt"
say "summary (PASS when the median is within budget)"
python3 "$helpers/summary.py" "$results"
