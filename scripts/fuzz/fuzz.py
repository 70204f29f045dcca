#!/usr/bin/env python3
"""Fuzzes the files Ting reads and runs the real binary on each mutant.

Mutates dialogue JSON, a dialogue's inputs journal (`<stem>.inputs.jsonl`: lines torn, flipped,
duplicated, naming inputs that do not exist), template TOML, theme TOML, settings.toml and the
library's `.index` (byte
flips, truncations, hostile text: non-ASCII, control, bidi and zero-width characters, huge values,
table headers such as `[Ämne]`, deep dotted headers, a million combining marks) and runs the CLI
commands that read each kind, plus the TUI in tmux for a few cases. Counts:

  crashes  runs that ended by a signal (an abort, a trap, a segfault)
  hangs    runs that exceeded the time limit
  leaks    output checks (stdout or stderr of one run) holding a raw control byte (C0 other than
           newline and tab, DEL, C1), a bidi control or a zero-width character
  rewrites an inputs journal Ting could not read that a save changed anyway
  oversize output checks longer than 64 kB (an error quoting a huge value whole; `ting show`'s
           stdout aside, which prints the file's values as they are)

Every run uses its own temp folders, and the seed fixes every choice, so a count can be
reproduced: `python3 scripts/fuzz/fuzz.py --binary .build/debug/ting --cases 300 --seed 7`.
Exits 1 when anything was counted, printing the first few findings with the file that caused them.
"""

import argparse
import concurrent.futures
import fcntl
import json
import os
import random
import re
import select
import shlex
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# Text a hostile file puts in a value: escapes, C1, DEL, bidi and zero-width characters, letters
# outside ASCII, and a few that break naive parsers.
HOSTILE_TEXT = [
    "\x1b[31mröd\x1b[0m", "\x1b]0;titel\x07", "\x1b[2J", "\x9b2J", "\x85", "\x7f", "\x00", "\r", "\x08",
    "\u202egnalsnapS", "\u2066isolerad\u2069", "\u200e", "\u200f", "\u061c", "noll\u200bbredd", "\u200d",
    "\u2060", "\ufeff", "Ämne", "åtgärder", "€", "🙂", "a\u0301", "\u0301\u0301\u0301", "\\", '"', "'",
    "\t", "\n", "]", "[", "=", "#", "\ud7ff", "\U0010ffff",
]
# Table headers that must be parse errors, not aborts.
HEADERS = [
    "[Ämne]", "[åtgärder]", "[€]", "[[Ämne]]", "[a.Ö]", "[ Ä ]", "[[[1]]]", "[[[a]]]", "[[=", "[=]",
    '["Ämne"]', "[\x1b]", "[\u202e]", "[ä.ö.å]", "[[€]]",
]
TIME_LIMIT = 10.0
OVERSIZE = 64 * 1024

LEAK = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def journal_seed(rng, count):
    """An inputs journal as Ting writes it: captures, then changes to some of them, responses among them."""
    lines = []
    for n in range(1, count + 1):
        line = {"add": {"id": f"i{n}", "text": f"Inspel {n}: fler bänkar vid ån", "capturedAt": "2025-03-01T09:30:00Z",
                        "capturedBy": "anna", "tags": ["bänkar"] if n % 2 else [], "source": "muntligt"}}
        lines.append(json.dumps(line, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    for n in rng.sample(range(1, count + 1), min(count, 5)):
        change = {"change": f"i{n}", "set": {"category": "teman", "tags": ["ljus"]}, "by": "bo",
                  "at": "2025-03-01T10:00:00Z"}
        lines.append(json.dumps(change, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    for n in rng.sample(range(1, count + 1), min(count, 3)):
        response = {"status": rng.choice(["genomfors", "ej-aktuellt", "utanfor-fragan"]), "reason": "Ingår i planen",
                    "forwardedTo": "Trafiknämnden", "decisions": [],
                    "lastChange": {"by": "bo", "at": "2025-03-01T11:00:00Z"}}
        change = {"change": f"i{n}", "set": {"response": response}, "by": "bo", "at": "2025-03-01T11:00:00Z"}
        lines.append(json.dumps(change, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    return ("\n".join(lines) + "\n").encode("utf-8")


def huge_value(rng):
    """A value far larger than any real one: a million combining marks or 200,000 letters."""
    return rng.choice(["\u0301" * 1_000_000, "x" * 200_000, "å" * 100_000])


def deep_header():
    """A dotted table header about 40 kB long."""
    return "[" + ".".join(["a"] * 20_000) + "]"


class Mutator:
    """Byte-level and text-level mutations of one file."""

    def __init__(self, rng):
        self.rng = rng

    def mutate_bytes(self, data):
        rng = self.rng
        op = rng.choice(["flip", "truncate", "insert", "insert-in-string", "header", "delete-line",
                         "duplicate-line", "huge", "deep-header", "flip", "insert-in-string", "header"])
        if op == "flip" and data:
            data = bytearray(data)
            for _ in range(rng.randint(1, 8)):
                i = rng.randrange(len(data))
                data[i] ^= 1 << rng.randrange(8)
            return bytes(data), op
        if op == "truncate" and data:
            return data[: rng.randrange(len(data))], op
        if op == "insert":
            i = rng.randrange(len(data) + 1)
            return data[:i] + rng.choice(HOSTILE_TEXT).encode("utf-8", "surrogatepass") + data[i:], op
        if op == "insert-in-string":
            quotes = [m.start() for m in re.finditer(b'"', data)]
            if quotes:
                i = rng.choice(quotes) + 1
                text = "".join(rng.choice(HOSTILE_TEXT) for _ in range(rng.randint(1, 3)))
                return data[:i] + text.encode("utf-8", "surrogatepass") + data[i:], op
        if op == "header":
            lines = data.split(b"\n")
            i = rng.randrange(len(lines) + 1)
            lines.insert(i, rng.choice(HEADERS).encode("utf-8"))
            return b"\n".join(lines), op
        if op == "delete-line":
            lines = data.split(b"\n")
            if lines:
                del lines[rng.randrange(len(lines))]
            return b"\n".join(lines), op
        if op == "duplicate-line":
            lines = data.split(b"\n")
            if lines:
                i = rng.randrange(len(lines))
                lines.insert(i, lines[i])
            return b"\n".join(lines), op
        if op == "huge":
            quotes = [m.start() for m in re.finditer(b'"', data)]
            if quotes:
                i = rng.choice(quotes) + 1
                return data[:i] + huge_value(rng).encode() + data[i:], op
        if op == "deep-header":
            return data + b"\n" + deep_header().encode() + b"\n", op
        return data + b"\n" + rng.choice(HEADERS).encode() + b"\n", "header"


def mutate_json_value(rng, document):
    """Replaces one leaf of a JSON document with a hostile one, keeping the file valid JSON."""
    leaves = []

    def walk(node, parent, key):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, node, k)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, node, i)
        elif parent is not None:
            leaves.append((parent, key, node))

    walk(document, None, None)
    if not leaves:
        return document, "none"
    parent, key, value = rng.choice(leaves)
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value) and rng.random() < 0.7:
        # Dates at the ends of the calendar: valid, so they reach the views and the arithmetic.
        extremes = ["0001-01-01", "9999-12-31", "1582-10-10", "2000-02-29"]
        day = rng.choice(extremes)
        parent[key] = day if len(value) == 10 else day + rng.choice(["T00:00:00Z", "T23:59:59+14:00"])
        return document, "json-date"
    if isinstance(value, str):
        if rng.random() < 0.05:
            parent[key] = huge_value(rng)
        else:
            parent[key] = "".join(rng.choice(HOSTILE_TEXT) for _ in range(rng.randint(1, 4)))
        return document, "json-string"
    if isinstance(value, bool):
        parent[key] = rng.choice([None, "ja", 1])
        return document, "json-bool"
    if isinstance(value, (int, float)):
        parent[key] = rng.choice([-1, 2**63 - 1, -(2**63), 2**70, 1e308, 0, 99999])
        return document, "json-number"
    parent[key] = rng.choice(HOSTILE_TEXT)
    return document, "json-null"


def mutate_index(rng, text):
    """Changes the summary fields of an index entry, keeping the file stamp so the entry is trusted."""
    lines = text.split("\n")
    rows = [i for i, line in enumerate(lines) if line.startswith("D\t")]
    if not rows:
        return text, "none"
    i = rng.choice(rows)
    fields = lines[i].split("\t")
    field = rng.choice([7, 8, 9, 10, 11, 12, 11, 12, 13, 14, 15, 16])
    values = {
        7: ["\x1b[31mröd", "\u202etitel", huge_value(rng), "\u0301" * 1000],
        10: ["nosuchphase", ""],
        11: ["9223372036854775807", "-9223372036854775808", "-5", "1000000", "99999999999"],
        12: ["9223372036854775807", "-1", "0", "-9223372036854775808", "1"],
        13: ["maybe", ""],
        14: ["18444492273895866368", "9221120237041090560", "0", "123abc"],
        15: ["2", ""],
        16: ["planning:9999-99-99:0", "planning:2026-02-30:1", "x:y:z", "planning:-2026-01-01:0",
             "planning:2026-01-01:7", "evaluation:0001-01-01:0,evaluation:9999-12-31:1"],
    }
    choices = values.get(field, ["\x1b[2J", "\u200b", huge_value(rng)])
    fields[field] = rng.choice(choices)
    lines[i] = "\t".join(fields)
    return "\n".join(lines), f"index-field-{field}"


class Harness:
    def __init__(self, binary, seed, workdir):
        self.binary = binary
        self.seed = seed
        self.workdir = workdir
        self.findings = []
        self.counts = {"runs": 0, "checks": 0, "crashes": 0, "hangs": 0, "leaks": 0, "oversize": 0, "rewrites": 0}
        self.seeds = self.make_seeds()

    # -- seeds -------------------------------------------------------------------------------

    def make_seeds(self):
        seeds = {"template": [], "theme": [], "settings": [], "dialogue": []}
        for name in sorted(os.listdir(os.path.join(REPO, "templates"))):
            if name.endswith(".toml"):
                with open(os.path.join(REPO, "templates", name), "rb") as f:
                    seeds["template"].append(f.read())
        for name in sorted(os.listdir(os.path.join(REPO, "themes"))):
            if name.endswith(".toml"):
                with open(os.path.join(REPO, "themes", name), "rb") as f:
                    seeds["theme"].append(f.read())
        seeds["settings"] = [b'theme = "light"\n', b'# Ting\ntheme = "dark"\n']
        library = os.path.join(self.workdir, "seed-library")
        os.makedirs(library)
        env = self.environment(os.path.join(self.workdir, "seed-config"))
        subprocess.run([self.binary, "new", "--dir", library, "--example"], env=env, capture_output=True,
                       timeout=30, check=True)
        for template in ["helsingborg", "lund", "sollentuna", "vanersborg"]:
            subprocess.run([self.binary, "new", "--dir", library, "--template", template, "--title",
                            f"Dialog {template}"], env=env, capture_output=True, timeout=30, check=True)
        for name in sorted(os.listdir(library)):
            if name.endswith(".json"):
                with open(os.path.join(library, name), "rb") as f:
                    seeds["dialogue"].append(f.read())
        seeds["journal"] = [journal_seed(random.Random(n), n * 40 + 3) for n in range(3)]
        return seeds

    def environment(self, config):
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL")}
        env.update({"XDG_CONFIG_HOME": config, "HOME": config, "LANG": "C.UTF-8", "TZ": "UTC"})
        return env

    # -- running -------------------------------------------------------------------------------

    def run(self, args, env, case, artefact):
        self.counts["runs"] += 1
        started = time.monotonic()
        try:
            result = subprocess.run([self.binary] + args, env=env, capture_output=True, timeout=TIME_LIMIT,
                                    stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            self.counts["hangs"] += 1
            self.finding("hang", case, args, artefact, f"over {TIME_LIMIT:.0f} s")
            return None
        elapsed = time.monotonic() - started
        if result.returncode < 0:
            self.counts["crashes"] += 1
            detail = result.stderr.decode("utf-8", "replace")
            detail = next((line for line in detail.splitlines() if "rror" in line or "ssert" in line), "")
            self.finding("crash", case, args, artefact, f"signal {-result.returncode} {detail[:200]}")
            return result
        for stream, data in (("stdout", result.stdout), ("stderr", result.stderr)):
            self.counts["checks"] += 1
            text = data.decode("utf-8", "replace")
            leak = LEAK.search(text)
            if leak:
                self.counts["leaks"] += 1
                around = text[max(0, leak.start() - 40): leak.start() + 20]
                self.finding("leak", case, args, artefact, f"{stream} U+{ord(leak.group()):04X} in {around!r}")
            # `ting show` prints the file's own values, whatever their size; messages and lists are bounded.
            if len(data) > OVERSIZE and not (stream == "stdout" and args[0] == "show"):
                self.counts["oversize"] += 1
                self.finding("oversize", case, args, artefact, f"{stream} {len(data)} bytes")
        if elapsed > TIME_LIMIT / 2:
            self.finding("slow", case, args, artefact, f"{elapsed:.1f} s")
        return result

    def run_pty(self, args, env, case, artefact, keys=(b"j", b"k", b"?", b"\x1b", b"q")):
        """Runs the TUI in a pseudo-terminal: waits for its first frame and the catalogues loaded
        after it, presses a few keys and `q`, and counts a signal exit or a TUI that never quits."""
        self.counts["runs"] += 1
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        process = subprocess.Popen([self.binary] + args, stdin=slave, stdout=slave, stderr=slave,
                                   env=dict(env, TERM="xterm-256color"), start_new_session=True)
        os.close(slave)
        output = bytearray()

        def drain(seconds):
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                ready, _, _ = select.select([master], [], [], max(0, deadline - time.monotonic()))
                if not ready:
                    continue
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    return
                if not chunk:
                    return
                output.extend(chunk)

        try:
            # The first frame, then time for the catalogues that load after it.
            deadline = time.monotonic() + TIME_LIMIT
            while not output and process.poll() is None and time.monotonic() < deadline:
                drain(0.05)
            drain(0.6)
            for key in keys:
                os.write(master, key)
                drain(0.1)
            deadline = time.monotonic() + TIME_LIMIT
            while process.poll() is None and time.monotonic() < deadline:
                drain(0.1)
            if process.poll() is None:
                self.counts["hangs"] += 1
                self.finding("tui-hang", case, args, artefact, "did not quit on q")
                process.kill()
                process.wait()
            elif process.returncode < 0:
                self.counts["crashes"] += 1
                tail = output.decode("utf-8", "replace")
                detail = next((line for line in tail.splitlines() if "rror" in line or "ssert" in line), "")
                self.finding("tui-crash", case, args, artefact, f"signal {-process.returncode} {detail[:200]}")
        finally:
            os.close(master)

    def finding(self, kind, case, args, artefact, detail):
        self.findings.append((kind, case, " ".join(args[:3]), artefact, detail))

    def case_folder(self, case):
        folder = os.path.join(self.workdir, f"case-{case}")
        os.makedirs(os.path.join(folder, "config", "ting", "templates"))
        os.makedirs(os.path.join(folder, "config", "ting", "themes"))
        os.makedirs(os.path.join(folder, "library"))
        return folder

    def keep(self, folder, name, data):
        """Keeps the mutant next to the findings so that a failure can be reproduced."""
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def fuzz_case(self, case):
        rng = random.Random(f"{self.seed}-{case}")
        kind = rng.choice(
            ["template", "template", "theme", "settings", "dialogue", "dialogue", "index", "journal", "journal"])
        folder = self.case_folder(case)
        config = os.path.join(folder, "config")
        library = os.path.join(folder, "library")
        env = self.environment(config)
        mutator = Mutator(rng)
        if kind == "index":
            self.fuzz_index(rng, case, folder, env)
        elif kind == "journal":
            self.fuzz_journal(rng, case, library, env, mutator)
        elif kind == "dialogue":
            data = rng.choice(self.seeds["dialogue"])
            if rng.random() < 0.5:
                document, op = mutate_json_value(rng, json.loads(data))
                data = json.dumps(document, ensure_ascii=rng.random() < 0.5, indent=2).encode(
                    "utf-8", "surrogatepass")
            else:
                data, op = mutator.mutate_bytes(data)
            stem = rng.choice(["fuzz", "fuzz\u202e", "f\u00e5", "fa\u030a", "\x1b[31mfuzz"])
            path = self.keep(library, f"{stem}.json", data)
            if rng.random() < 0.1:
                # A file time outside what nanoseconds since 1970 fit in (after 2262, before 1678).
                when = rng.choice([2**34, 2**36, -(2**34)])
                os.utime(path, (when, when))
                op += ", far-off time"
            artefact = f"{path} ({op})"
            self.run(["list", "--dir", library], env, case, artefact)
            self.run(["list", "--dir", library, "--json"], env, case, artefact)
            self.run(["show", "--dir", library, stem], env, case, artefact)
            self.run(["show", "--dir", library, "--json", stem], env, case, artefact)
            self.run(["show", "--dir", library, "nosuch"], env, case, artefact)
            if rng.random() < 0.2:
                # Open the dialogue in the TUI, move through its phases and panels, and quit.
                keys = [b"\r", b"j", b"j", b"\t", b"2", b"\t", b"5", b"?", b"\x1b", b"q", b"q"]
                self.run_pty(["--dir", library], env, case, artefact, keys=keys)
        else:
            data, op = mutator.mutate_bytes(rng.choice(self.seeds[kind]))
            if kind == "template":
                path = self.keep(os.path.join(config, "ting", "templates"), "fuzz.toml", data)
                artefact = f"{path} ({op})"
                self.run(["template", "check", path], env, case, artefact)
                self.run(["template", "list"], env, case, artefact)
                self.run(["new", "--dir", library, "--title", "Fuzz"], env, case, artefact)
                if rng.random() < 0.25:
                    self.run_pty(["--dir", library], env, case, artefact)
            elif kind == "theme":
                path = self.keep(os.path.join(config, "ting", "themes"), "fuzz.toml", data)
                artefact = f"{path} ({op})"
                self.run_pty(["--theme", "fuzz", "--dir", library], env, case, artefact)
            else:
                path = self.keep(os.path.join(config, "ting"), "settings.toml", data)
                artefact = f"{path} ({op})"
                self.run_pty(["--dir", library], env, case, artefact)

    def fuzz_journal(self, rng, case, library, env, mutator):
        """A dialogue that points to its inputs journal, and a mutant of the journal; a readable one is
        appended to by a save (`ting tick`), an unreadable one must stay byte for byte as it was."""
        document = json.loads(rng.choice(self.seeds["dialogue"]))
        document["inputJournal"] = "fuzz.inputs.jsonl"
        self.keep(library, "fuzz.json", json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
        data = rng.choice(self.seeds["journal"])
        op = rng.choice(["bytes", "bytes", "torn", "unknown-input", "duplicate-add", "hostile-text"])
        lines = data.split(b"\n")[:-1]
        if op == "bytes":
            data, op = mutator.mutate_bytes(data)
        elif op == "torn":
            data = data[: rng.randrange(len(data))]
        elif op == "unknown-input":
            lines.insert(rng.randrange(len(lines) + 1), b'{"change":"i99999","set":{"category":null}}')
            data = b"\n".join(lines) + b"\n"
        elif op == "duplicate-add":
            lines.append(lines[0])
            data = b"\n".join(lines) + b"\n"
        else:
            text = "".join(rng.choice(HOSTILE_TEXT) for _ in range(rng.randint(1, 4)))
            line = {"add": {"id": f"i{len(lines) + 1}", "text": text, "capturedAt": "2025-03-01T09:30:00Z",
                            "tags": [text]}}
            data += json.dumps(line, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass") + b"\n"
        path = self.keep(library, "fuzz.inputs.jsonl", data)
        artefact = f"{path} ({op})"
        self.run(["list", "--dir", library], env, case, artefact)
        self.run(["show", "--dir", library, "fuzz"], env, case, artefact)
        shown = self.run(["show", "--dir", library, "--json", "fuzz"], env, case, artefact)
        item = None
        if shown is not None and shown.returncode == 0:
            report = json.loads(shown.stdout)
            item = next((i["id"] for p in report["dialogue"]["phases"] for i in p["items"] if i["kind"] == "check"),
                        None)
        if item is not None:
            self.run(["tick", "--dir", library, "fuzz", item], env, case, artefact)
        elif shown is not None:
            self.run(["tick", "--dir", library, "fuzz", "x"], env, case, artefact)
            with open(path, "rb") as f:
                if f.read() != data:
                    self.counts["rewrites"] += 1
                    self.finding("rewrite", case, ["tick"], artefact, "an unreadable journal was changed")
        if rng.random() < 0.2:
            keys = [b"\r", b"3", b"\t", b"?", b"\x1b", b"q", b"q"]
            self.run_pty(["--dir", library], env, case, artefact, keys=keys)

    def fuzz_index(self, rng, case, folder, env):
        """An index entry that lies about a file it still describes (same stamp)."""
        library = os.path.join(folder, "library")
        path = os.path.join(library, ".index")
        with open(self.index_seed_path, encoding="utf-8") as f:
            text, op = mutate_index(rng, f.read())
        # The entry describes the seed library's files by stamp, so the index is swapped into that
        # library for the run (runs on it are serialised by the lock below).
        with self.index_lock:
            with open(self.index_seed_path, "rb") as f:
                original = f.read()
            with open(self.index_seed_path, "w", encoding="utf-8", errors="surrogatepass") as f:
                f.write(text)
            shutil.copy(self.index_seed_path, path)
            artefact = f"{path} ({op})"
            seed_library = os.path.dirname(self.index_seed_path)
            self.run(["list", "--dir", seed_library], env, case, artefact)
            with open(self.index_seed_path, "w", encoding="utf-8", errors="surrogatepass") as f:
                f.write(text)
            self.run(["list", "--dir", seed_library, "--json"], env, case, artefact)
            with open(self.index_seed_path, "wb") as f:
                f.write(original)

    def prepare_index_seed(self):
        """A library whose files are old enough for the index to trust, and that index."""
        import threading

        self.index_lock = threading.Lock()
        library = os.path.join(self.workdir, "seed-library")
        time.sleep(2.2)
        env = self.environment(os.path.join(self.workdir, "seed-config"))
        subprocess.run([self.binary, "list", "--dir", library], env=env, capture_output=True, timeout=30,
                       check=True)
        self.index_seed_path = os.path.join(library, ".index")

    # -- the TUI -------------------------------------------------------------------------------

    def fuzz_tui(self, case, kind):
        """Starts the TUI in tmux with a hostile file and checks it is alive and restores the tty."""
        folder = self.case_folder(f"tui-{case}")
        config = os.path.join(folder, "config")
        library = os.path.join(folder, "library")
        rng = random.Random(f"{self.seed}-tui-{case}")
        header = rng.choice(HEADERS[:3])
        args = ["--dir", library]
        if kind == "template":
            data = rng.choice(self.seeds["template"]) + f"\n{header}\n".encode()
            artefact = self.keep(os.path.join(config, "ting", "templates"), "fuzz.toml", data)
        elif kind == "theme":
            data = rng.choice(self.seeds["theme"]) + f"\n{header}\n".encode()
            artefact = self.keep(os.path.join(config, "ting", "themes"), "fuzz.toml", data)
            args = ["--theme", "fuzz"] + args
        elif kind == "settings":
            artefact = self.keep(os.path.join(config, "ting"), "settings.toml", f"{header}\n".encode())
        else:
            library = os.path.dirname(self.index_seed_path)
            args = ["--dir", library]
            with open(self.index_seed_path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            for i, line in enumerate(lines):
                if line.startswith("D\t"):
                    fields = line.split("\t")
                    fields[11] = "9223372036854775807"
                    fields[7] = "\x1b[31m\u202etitel"
                    lines[i] = "\t".join(fields)
            with open(self.index_seed_path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
            artefact = self.index_seed_path
        self.counts["runs"] += 1
        socket = f"ting-fuzz-{os.getpid()}-{case}"
        quoted = " ".join(shlex.quote(a) for a in [self.binary] + args)
        report = "stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(echo|icanon)$' | tr '\\n' ' '"
        command = (f"env LANG=C.UTF-8 TERM=tmux-256color XDG_CONFIG_HOME={shlex.quote(config)} "
                   f"HOME={shlex.quote(config)} {quoted}; echo \"[status $?]\"; echo \"[tty $({report})]\"; "
                   "sleep 60")
        tmux = ["tmux", "-L", socket]
        subprocess.run(tmux + ["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", command],
                       check=True)
        try:
            screen = self.wait_for(tmux, lambda s: "[status" in s or "Biblioteket" in s or "Dialoger" in s
                                   or len(s.strip()) > 40)
            time.sleep(1.5)
            for key in ["j", "k", "?", "Escape"]:
                subprocess.run(tmux + ["send-keys", "-t", "0", key], check=False)
                time.sleep(0.2)
            screen = self.capture(tmux)
            if "[status" in screen:
                self.counts["crashes"] += 1
                self.finding("tui-crash", case, [kind], artefact, screen.strip().splitlines()[-3:])
                return
            subprocess.run(tmux + ["send-keys", "-t", "0", "q"], check=False)
            screen = self.wait_for(tmux, lambda s: "[tty " in s)
            status = re.search(r"\[status (\d+)\]", screen)
            modes = re.search(r"\[tty ([^\]]*)\]", screen)
            if not status or status.group(1) != "0":
                self.counts["crashes"] += 1
                self.finding("tui-crash", case, [kind], artefact, screen.strip()[-300:])
            elif not modes or set(modes.group(1).split()) != {"echo", "icanon"}:
                self.counts["crashes"] += 1
                self.finding("tui-tty", case, [kind], artefact, modes.group(0) if modes else "no tty report")
        finally:
            subprocess.run(tmux + ["kill-server"], capture_output=True)

    def capture(self, tmux):
        return subprocess.run(tmux + ["capture-pane", "-p", "-t", "0"], capture_output=True, text=True,
                              errors="replace").stdout

    def wait_for(self, tmux, done, limit=TIME_LIMIT):
        deadline = time.monotonic() + limit
        screen = ""
        while time.monotonic() < deadline:
            screen = self.capture(tmux)
            if done(screen):
                return screen
            time.sleep(0.1)
        return screen


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(REPO, ".build", "debug", "ting"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--tui", type=int, default=4, help="TUI cases in tmux (0 for none)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", help="keep the mutants and findings in this folder")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"fuzz: no ting binary at {binary}; build it first with `swift build`")
    workdir = options.keep or tempfile.mkdtemp(prefix="ting-fuzz-")
    os.makedirs(workdir, exist_ok=True)
    started = time.monotonic()
    harness = Harness(binary, options.seed, workdir)
    harness.prepare_index_seed()
    with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
        list(pool.map(harness.fuzz_case, range(options.cases)))
    if options.tui and shutil.which("tmux"):
        kinds = ["template", "theme", "settings", "index"]
        for case in range(options.tui):
            harness.fuzz_tui(case, kinds[case % len(kinds)])
    counts = harness.counts
    print(f"fuzz: seed {options.seed}, {options.cases} cases, {counts['runs']} runs, "
          f"{counts['checks']} output checks in {time.monotonic() - started:.0f} s")
    print(f"fuzz: {counts['crashes']} crashes, {counts['hangs']} hangs, {counts['leaks']} leaks, "
          f"{counts['oversize']} oversized outputs, {counts['rewrites']} rewritten journals")
    by_kind = {}
    for finding in harness.findings:
        by_kind.setdefault(finding[0], []).append(finding)
    for kind, findings in sorted(by_kind.items()):
        causes = {}
        for finding in findings:
            cause = re.search(r"\(([^()]*)\)$", finding[3])
            causes[cause.group(1) if cause else "tmux"] = causes.get(cause.group(1) if cause else "tmux", 0) + 1
        by_cause = ", ".join(f"{n} {cause}" for cause, n in sorted(causes.items(), key=lambda c: -c[1]))
        print(f"  {kind}: {len(findings)} ({by_cause})")
        for finding in findings[:6]:
            print(f"    case {finding[1]}: ting {finding[2]} … on {finding[3]}: {finding[4]}")
    if not options.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    bad = counts["crashes"] + counts["hangs"] + counts["leaks"] + counts["oversize"] + counts["rewrites"]
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
