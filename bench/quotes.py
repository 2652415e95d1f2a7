"""Quote finding and speaker attribution measured on newstui's labelled corpus.

Run: python bench/quotes.py [corpus files...]   (default: tests/data/quotes/*.txt)

Prints span precision/recall/F1 (a predicted quote matches a gold one when both
start in the same paragraph and their texts are equal after folding whitespace and
quote-mark style; an "overlap" figure also counts spans sharing half their words),
speaker accuracy over matched quotes, and the time per article.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))  # the corpus reader the tests use

from newstui.extract.quotes import find_quotes  # noqa: E402
from quote_corpus import load_corpus  # noqa: E402


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).strip(" ,")


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted((ROOT / "tests" / "data" / "quotes").glob("*.txt"))
    cases = [case for f in files for case in load_corpus(f)]
    for case in cases:  # warm up: compile regexes, fill caches
        find_quotes(case.paragraphs, headline=case.headline)
    tp = fp = fn = 0
    otp = ofp = ofn = 0
    speaker_ok = speaker_total = 0
    wrong: list[str] = []
    timings: list[float] = []
    for case in cases:
        start = time.perf_counter()
        found = find_quotes(case.paragraphs, headline=case.headline)
        timings.append(time.perf_counter() - start)
        gold = list(case.quotes)
        unmatched = list(gold)
        for q in found:
            match = next((g for g in unmatched if g[0] == q.paragraph and _fold(g[2]) == _fold(q.text)), None)
            if match is None:
                fp += 1
                wrong.append(f"  FP {case.name} p{q.paragraph}: {q.text[:60]!r} ({q.speaker})")
                continue
            unmatched.remove(match)
            tp += 1
            speaker_total += 1
            if match[1] == q.speaker:
                speaker_ok += 1
            else:
                wrong.append(f"  SPK {case.name} p{q.paragraph}: got {q.speaker!r}, want {match[1]!r}")
        fn += len(unmatched)
        wrong.extend(f"  FN {case.name} p{g[0]}: {g[2][:60]!r}" for g in unmatched)
        # Overlap matching: half the words in common.
        left = list(gold)
        for q in found:
            m = next(
                (
                    g
                    for g in left
                    if len(_words(g[2]) & _words(q.text)) * 2 >= max(len(_words(g[2])), len(_words(q.text)))
                ),
                None,
            )
            if m is None:
                ofp += 1
            else:
                left.remove(m)
                otp += 1
        ofn += len(left)

    def prf(t: int, f_p: int, f_n: int) -> tuple[float, float, float]:
        p = t / (t + f_p) if t + f_p else 1.0
        r = t / (t + f_n) if t + f_n else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    p, r, f1 = prf(tp, fp, fn)
    op, orr, of1 = prf(otp, ofp, ofn)
    timings.sort()
    print(
        f"corpus: {len(cases)} articles, {sum(len(c.paragraphs) for c in cases)} paragraphs, "
        f"{sum(len(c.quotes) for c in cases)} gold quotes ({', '.join(f.name for f in files)})"
    )
    print(f"spans (exact):   P={p:.3f} R={r:.3f} F1={f1:.3f}  (tp={tp} fp={fp} fn={fn})")
    print(f"spans (overlap): P={op:.3f} R={orr:.3f} F1={of1:.3f}")
    acc = speaker_ok / speaker_total if speaker_total else 1.0
    print(f"speaker accuracy on matched quotes: {acc:.3f} ({speaker_ok}/{speaker_total})")
    p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
    print(f"time per article: median {timings[len(timings) // 2] * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms")
    # One long article: every corpus paragraph in a row (names and pronouns across all of it).
    everything = [p for c in cases for p in c.paragraphs]
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        find_quotes(everything)
        runs.append(time.perf_counter() - start)
    print(f"one article of {len(everything)} paragraphs: {min(runs) * 1000:.1f} ms")
    if wrong:
        print("misses:")
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
