"""Where the finder names nobody: the quotes whose speaker is None, by the branch that
gave None, and what a fallback would do there, cross-validated across sets.

Run: python bench/speaker_unnamed.py [-v] NAME=SOURCE …   (sets as in bench/speaker_data.py)

For every labelled quote found with no speaker, the branch (`traced_quotes`' mechanism)
and whether the label names nobody too (None right) or somebody (None wrong). Then, per
branch, what each fallback would give in place of None:

- "previous": the speaker of the latest earlier quote with one, at most two paragraphs back;
- "previous-any": the same, any distance back;
- "main": the article's most quoted speaker (first quoted, on a tie).

A fallback gains where it gives the labelled person and loses where the label names
nobody (None was right) or another person. The decision per branch (use a fallback or
not) is fitted on one half of the sets and scored on the other, and the reverse; a
change is worth making only if it gains on both halves. The figures are a static
estimate: a fallback used live also changes later carried quotes.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newstui.extract.quotes.finder import traced_quotes  # noqa: E402
from newstui.model import Quote  # noqa: E402
from speaker_data import matched, read_sets  # noqa: E402

Fallback = Callable[[list[Quote], int], str | None]


def _previous(found: list[Quote], k: int, back: int | None = 2) -> str | None:
    for q in reversed(found[:k]):
        if back is not None and found[k].paragraph - q.paragraph > back:
            return None
        if q.speaker is not None:
            return q.speaker
    return None


def _main(found: list[Quote], k: int) -> str | None:
    counts = Counter(q.speaker for q in found if q.speaker is not None)
    if not counts:
        return None
    top = max(counts.values())
    return next(q.speaker for q in found if q.speaker is not None and counts[q.speaker] == top)


FALLBACKS: dict[str, Fallback] = {
    "previous": _previous,
    "previous-any": lambda found, k: _previous(found, k, None),
    "main": _main,
}

Row = tuple[str, str, str | None, dict[str, str | None]]
"""(set, branch, labelled speaker, fallback name → its speaker) of one quote found with None."""


def _family(how: str) -> str:
    parts = how.split(":")
    if parts[0] in ("after", "before", "sentence"):
        return f"{parts[0]}:{parts[-1] if parts[0] != 'sentence' else parts[1]}"
    return ":".join(parts[:2]) + (":speaks-of" if how.endswith(":speaks-of") else "")


def collect(args: list[str], verbose: bool) -> list[Row]:
    rows: list[Row] = []
    for case in read_sets(args):
        traced = traced_quotes(case.paragraphs, headline=case.headline)
        found = [t[0] for t in traced]
        for k, q, want in matched(case, found):
            if q.speaker is not None:
                continue
            branch = _family(traced[k][1])
            rows.append((case.batch, branch, want, {name: f(found, k) for name, f in FALLBACKS.items()}))
            if verbose:
                falls = " ".join(f"{n}={f(found, k)!r}" for n, f in FALLBACKS.items())
                print(f"{branch:<34} {case.batch}/{case.name} p{q.paragraph} want {want!r} | {falls}: {q.text[:40]!r}")
    return rows


def _gain(rows: list[Row], fallback: str) -> tuple[int, int]:
    """(gained, lost) quotes if `fallback` replaced None in `rows`."""
    gained = sum(r[3][fallback] is not None and r[3][fallback] == r[2] for r in rows)
    lost = sum(r[3][fallback] is not None and r[2] is None for r in rows)
    return gained, lost


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    rows = collect(argv, verbose)
    batches = [a.partition("=")[0] for a in argv]
    branches = sorted({r[1] for r in rows}, key=lambda b: -sum(r[1] == b for r in rows))
    print(f"\n{'quotes found with no speaker, by branch':<36} {'None ok':>8} {'None bad':>8}", end="")
    for name in FALLBACKS:
        print(f" {name + ' +/-':>17}", end="")
    print()
    for branch in branches + ["all"]:
        part = [r for r in rows if branch in ("all", r[1])]
        ok = sum(r[2] is None for r in part)
        print(f"{branch:<36} {ok:>8} {len(part) - ok:>8}", end="")
        for name in FALLBACKS:
            g, lo = _gain(part, name)
            print(f" {f'+{g}/-{lo}':>17}", end="")
        print()
    halves = [set(batches[0::2]), set(batches[1::2])]
    print(f"\ncross-validated (fit on one half, score on the other): halves {sorted(halves[0])} | rest")
    for branch in branches:
        for name in FALLBACKS:
            scores = []
            for fit_half, test_half in ((halves[0], halves[1]), (halves[1], halves[0])):
                g, lo = _gain([r for r in rows if r[1] == branch and r[0] in fit_half], name)
                tg, tlo = _gain([r for r in rows if r[1] == branch and r[0] in test_half], name)
                scores.append(f"fit {g - lo:+d} -> {'use' if g > lo else 'no '} test {tg - tlo if g > lo else 0:+d}")
            print(f"{branch:<36} {name:<13} {' | '.join(scores)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
