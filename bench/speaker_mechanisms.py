"""Which mechanism named each found quote's speaker, and how often it was right.

Run: python bench/speaker_mechanisms.py [-v] NAME=SOURCE …   (sets as in bench/speaker_data.py)

Example (the project's dev sets, kept outside the repository):
  python bench/speaker_mechanisms.py \\
    b0=/work/devsets/quotes_labels.json:/work/devsets/quotes_work/paras.pkl,/work/devsets/quotes_work/paras15.pkl \\
    blind=/work/devsets/quotes_blind:even

Prints a table mechanism × right / wrong / count over the labelled quotes found (the
mechanism as `newstui.extract.quotes.finder.traced_quotes` reports it), then the same
folded to the mechanism's family (its first two fields), the quotes found with nobody
named by family (bench/speaker_unnamed.py tries fallbacks for them), and the wrong ones by kind of
error: nobody named where the label names somebody, somebody where it names nobody, or
another name; for a he/she's referent or the speaker a quote goes on with, whether the
labelled speaker was among the candidates the choice had (a wrong choice) or not (the
right one never found). With -v, lists each wrong one.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newstui.extract.quotes.finder import Choice, traced_choices  # noqa: E402
from speaker_data import matched, read_sets  # noqa: E402


def _family(how: str) -> str:
    parts = how.split(":")
    if parts[0] in ("after", "before"):
        return f"{parts[0]}:{parts[2]}"  # where, and the subject's kind (name, pronoun, desc …)
    return ":".join(parts[:2])


def _table(title: str, right: Counter[str], wrong: Counter[str]) -> None:
    print(f"\n{title:<58} {'right':>6} {'wrong':>6} {'count':>6} {'acc':>6}")
    for key in sorted(set(right) | set(wrong), key=lambda k: (-(right[k] + wrong[k]), k)):
        n = right[key] + wrong[key]
        print(f"{key:<58} {right[key]:>6} {wrong[key]:>6} {n:>6} {right[key] / n:>6.3f}")
    ok, bad = sum(right.values()), sum(wrong.values())
    print(f"{'all':<58} {ok:>6} {bad:>6} {ok + bad:>6} {ok / max(ok + bad, 1):>6.3f}")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    cases = read_sets([a for a in argv if a != "-v"])
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    per_batch: dict[str, Counter[str]] = {}
    kinds: Counter[tuple[str, str]] = Counter()
    none_right: Counter[str] = Counter()
    none_wrong: Counter[str] = Counter()
    for case in cases:
        traced = traced_choices(case.paragraphs, headline=case.headline)
        found = [t[0] for t in traced]
        for k, q, want in matched(case, found):
            how, choice = traced[k][1], traced[k][2]
            ok = q.speaker == want
            (right if ok else wrong)[how] += 1
            if q.speaker is None:
                (none_right if ok else none_wrong)[_family(how)] += 1
            if not ok:
                kinds[(_family(how), _error_kind(q.speaker, want, how, choice))] += 1
            batch = per_batch.setdefault(case.batch, Counter())
            batch["ok" if ok else "bad"] += 1
            if verbose and not ok:
                where = f"{case.batch}/{case.name} p{q.paragraph}"
                print(f"{how:<40} {where} want {want!r} got {q.speaker!r}: {q.text[:50]!r}")
    for name, c in per_batch.items():
        print(f"{name}: {c['ok'] / max(1, c['ok'] + c['bad']):.3f} ({c['ok']}/{c['ok'] + c['bad']})")
    _table("mechanism", right, wrong)
    fr: Counter[str] = Counter()
    fw: Counter[str] = Counter()
    for key, n in right.items():
        fr[_family(key)] += n
    for key, n in wrong.items():
        fw[_family(key)] += n
    _table("family", fr, fw)
    print(f"\n{'wrong ones, by family and kind of error':<58} {'count':>6}")
    for (family, kind), n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{family + '  ' + kind:<58} {n:>6}")
    _table("found with nobody named, by family (right: the label names nobody too)", none_right, none_wrong)
    totals: Counter[str] = Counter()
    for (_, kind), n in kinds.items():
        totals[kind] += n
    print(f"\n{'wrong ones, by kind of error':<58} {'count':>6}")
    for kind, n in totals.most_common():
        print(f"{kind:<58} {n:>6}")
    return 0


def _error_kind(got: str | None, want: str | None, how: str, choice: Choice | None) -> str:
    if got is None:
        return "nobody named, somebody labelled"
    if want is None:
        return "somebody named, nobody labelled"
    chose = choice is not None and (":pronoun" in how or how.startswith(("continue:", "sentence:_sentence_pronoun")))
    if chose and choice is not None and choice[2] is not None and choice[2].name == got:
        among = any(e.name == want for e in choice[1])
        return "another chosen, labelled one a candidate" if among else "another chosen, labelled one no candidate"
    return "another named"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
