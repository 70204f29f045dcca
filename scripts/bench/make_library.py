#!/usr/bin/env python3
"""Fills a benchmark library with COUNT dialogues copied from one real dialogue file.

Each copy gets a fresh id (a UUID drawn from a seeded generator, so runs are repeatable), a varied
Swedish title (å, ä and ö included) and the file stem Ting itself would derive from that title,
numbered -2, -3 ... when taken. Everything else is the source dialogue, byte for byte in shape; a
dialogue that keeps its inputs in a journal beside it gets its own copy of the journal, so every copy
is a readable dialogue, not a damaged file.

usage: make_library.py SOURCE.json FOLDER COUNT [--seed N]
"""

import argparse
import json
import random
import sys
import unicodedata
import uuid
from pathlib import Path

WORKS = [
    "Ny lekplats", "Trygghetsvandring", "Upprustning av torget", "Medborgarbudget", "Cykelstråk",
    "Ny förskola", "Framtidens bibliotek", "Översiktsplan 2040", "Grönstruktur och parker",
    "Belysning längs gångvägar", "Äldreboende och mötesplatser", "Ungdomens hus", "Hamnens framtid",
    "Skolvägar för barn", "Kollektivtrafik på kvällar", "Fritidsgård", "Badplatsens utveckling",
    "Ökad trygghet i centrum", "Återbruk och kretslopp", "Stadsodling", "Skatepark",
    "Detaljplan för bostäder", "Aktivitetsstråk", "Näridrott och spontanidrott", "Kulturhus",
    "Parkering och laddplatser", "Dagvatten och skyfall", "Handlingsplan för klimatet",
]
PLACES = [
    "Drottninghög", "Dalhem", "Råå", "Ödåkra", "Påarp", "Mörarp", "Kattarp", "Hittarp", "Väla",
    "Söder", "Norr", "Gustavslund", "Fredriksdal", "Planteringen", "Husensjö", "Ättekulla",
    "Brönnestad", "Åstorp", "Östermalm", "Vikingstad", "Väsby", "Hälsingborgs hamn", "Ramlösa",
    "Rydebäck", "Allerum", "Bårslöv", "Gantofta", "Laröd", "Tågaborg", "Öresundsparken",
]
LINKS = ["i", "på", "för", "vid", "kring"]
SUFFIXES = ["", "", "", " – etapp 2", " 2026", " (fördjupning)", ": vad tycker du?", " – unga"]

# Letters that do not decompose into an ASCII base letter, as in DialogueFileName.swift.
REPLACEMENTS = {
    "æ": "ae", "ø": "o", "ß": "ss", "þ": "th", "ð": "d", "đ": "d", "ł": "l", "œ": "oe", "ı": "i",
}
MAXIMUM_DERIVED_LENGTH = 60


def ascii_letters(character: str) -> str:
    """The ASCII letters a lowercased character stands for in a stem, or "" for a separator."""
    if character in REPLACEMENTS:
        return REPLACEMENTS[character]
    base = unicodedata.normalize("NFD", character)[:1]
    return base if base.isascii() and (base.isdigit() or "a" <= base <= "z") else ""


def stem_for_title(title: str) -> str:
    """The stem Ting derives from a title (DialogueFileName.stem(forTitle:))."""
    stem, pending_hyphen = "", False
    for character in title.lower():
        letters = ascii_letters(character)
        if not letters:
            pending_hyphen = bool(stem)
            continue
        if len(stem) + len(letters) + (1 if pending_hyphen else 0) > MAXIMUM_DERIVED_LENGTH:
            break
        if pending_hyphen:
            stem += "-"
        stem += letters
        pending_hyphen = False
    return stem or "dialog"


def titles(rng: random.Random):
    """Endless varied titles: work, link word, place and now and then a suffix."""
    while True:
        yield f"{rng.choice(WORKS)} {rng.choice(LINKS)} {rng.choice(PLACES)}{rng.choice(SUFFIXES)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("folder", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    dialogue = json.loads(args.source.read_text(encoding="utf-8"))
    if "id" not in dialogue or "title" not in dialogue:
        print(f"make_library: {args.source}: no top-level id and title; is it a dialogue file?",
              file=sys.stderr)
        return 1
    args.folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    taken = {path.stem for path in args.folder.glob("*.json")}
    journal = None
    if dialogue.get("inputJournal"):
        journal = (args.source.parent / dialogue["inputJournal"]).read_bytes()
    title_source = titles(rng)
    for _ in range(args.count):
        title = next(title_source)
        base = stem_for_title(title)
        stem, number = base, 1
        while stem in taken:
            number += 1
            stem = f"{base}-{number}"
        taken.add(stem)
        dialogue["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
        dialogue["title"] = title
        if journal is not None:
            dialogue["inputJournal"] = f"{stem}.inputs.jsonl"
            (args.folder / f"{stem}.inputs.jsonl").write_bytes(journal)
        # Foundation's pretty, sorted output: two spaces, " : " between key and value.
        text = json.dumps(dialogue, ensure_ascii=False, indent=2, sort_keys=True, separators=(",", " : "))
        (args.folder / f"{stem}.json").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
