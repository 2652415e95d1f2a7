"""Labelled quote sets read for the speaker benches (bench/speaker_*.py).

No labelled data lives in the repository: each set is named on the command line as
NAME=SOURCE, where SOURCE is either

- LABELS.json:PAGES.pkl[,PAGES.pkl…]: labels {page: {"file": …, "quotes": [[paragraph,
  speaker, text prefix], …]}} and pickles {file: (headline, paragraphs)}; a found quote
  matches a label in its paragraph whose folded text it starts with (first 30 characters);
- a corpus file or directory in the format of tests/data/quotes/*.txt (read with
  tests/quote_corpus.py), with ":even" or ":odd" after it to keep only the cases whose
  name's CRC-32 is even or odd; a found quote matches a label in its paragraph with the
  same text, else sharing half its words.

A label speaker "?" is no label (such quotes are not scored).
"""

from __future__ import annotations

import json
import pickle
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from newstui.model import Quote  # noqa: E402

Label = tuple[int, str | None, str]
Gold = list[Label]


@dataclass
class Case:
    """One labelled article of a set."""

    batch: str
    name: str
    headline: str | None
    paragraphs: list[str]
    gold: Gold
    match: Callable[[Quote, Gold], Label | None]


def _fold_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _prefix_match(q: Quote, gold: Gold) -> Label | None:
    key = _fold_words(q.text)
    return next((g for g in gold if g[0] == q.paragraph and key.startswith(_fold_words(g[2])[:30])), None)


def _fold_marks(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).strip(" ,")


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _corpus_match(q: Quote, gold: Gold) -> Label | None:
    found = next((g for g in gold if g[0] == q.paragraph and _fold_marks(g[2]) == _fold_marks(q.text)), None)
    if found is None:
        found = next(
            (
                g
                for g in gold
                if g[0] == q.paragraph and len(_words(g[2]) & _words(q.text)) * 2 >= max(len(_words(g[2])), 1)
            ),
            None,
        )
    return found


def read_sets(args: list[str]) -> list[Case]:
    """The cases of every NAME=SOURCE argument, in order."""
    cases: list[Case] = []
    for arg in args:
        name, _, source = arg.partition("=")
        cases.extend(_read(name, source))
    return cases


def _read(batch: str, source: str) -> Iterator[Case]:
    head, _, rest = source.partition(":")
    if head.endswith(".json"):
        labels = json.loads(Path(head).read_text())
        pages: dict[str, tuple[str | None, list[str]]] = {}
        for pkl in rest.split(","):
            with open(pkl, "rb") as f:
                pages.update(pickle.load(f))
        for page, lab in labels.items():
            headline, paragraphs = pages[lab["file"]]
            gold = [(int(g[0]), g[1], str(g[2])) for g in lab["quotes"]]
            yield Case(batch, page, headline, paragraphs, gold, _prefix_match)
        return
    from quote_corpus import load_corpus

    path = Path(head)
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    for file in files:
        for c in load_corpus(file):
            if rest and (zlib.crc32(c.name.encode()) % 2 == 0) != (rest == "even"):
                continue
            gold = [(int(g[0]), g[1], str(g[2])) for g in c.quotes]
            yield Case(batch, c.name, c.headline, c.paragraphs, gold, _corpus_match)


def matched(case: Case, found: list[Quote]) -> Iterator[tuple[int, Quote, str | None]]:
    """(index in `found`, quote, gold speaker) of every found quote matching a label
    that names a speaker (None for a label of nobody named), in reading order."""
    gold = list(case.gold)
    for k, q in enumerate(found):
        m = case.match(q, gold)
        if m is None:
            continue
        gold.remove(m)
        if m[1] != "?":
            yield k, q, m[1]
