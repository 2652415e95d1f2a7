"""Fit a scored choice of a he/she's referent on labelled quotes, and cross-validate it.

Run: python bench/speaker_fit.py [--carry] NAME=SOURCE …   (sets as in bench/speaker_data.py)

Every found quote whose attribution resolved a he/she among candidates (the rules'
choice being its speaker) is one instance: the candidates' features
(`References.choice_features`), the rules' choice and the labelled speaker. A linear
score w·f is fitted as a softmax over each instance's candidates (the labelled
speaker's candidates its target), by plain gradient descent from zero with an L2
penalty: pure Python, deterministic. Printed: the rules' accuracy and the scored
choice's, both on held-out folds (two halves of the sets, then leaving one set out at
a time), and the weights fitted on all instances.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newstui.extract.quotes.continuation import CARRY_FEATURES  # noqa: E402
from newstui.extract.quotes.finder import traced_choices  # noqa: E402
from newstui.extract.quotes.references import CHOICE_FEATURES  # noqa: E402
from speaker_data import matched, read_sets  # noqa: E402

# (set, candidates' features, candidates' names, the rules' choice, the labelled speaker)
Instance = tuple[str, list[list[float]], list[str], str | None, str | None]


def _pronoun_resolved(how: str) -> bool:
    return (":pronoun" in how and ":described" not in how) or how == "sentence:_sentence_pronoun"


def _carried(how: str) -> bool:
    return how in ("continue:named-since", "continue:profile-subject", "continue:last-event")


def collect(args: list[str], which: str = "pronoun") -> list[Instance]:
    """The instances of the labelled sets named by `args`: he/she choices ("pronoun") or
    the choice of whom a quote goes on with ("carry")."""
    wanted = _pronoun_resolved if which == "pronoun" else _carried
    out: list[Instance] = []
    for case in read_sets(args):
        traced = traced_choices(case.paragraphs, headline=case.headline)
        for k, q, want in matched(case, [t[0] for t in traced]):
            _, how, choice = traced[k]
            if choice is None or not wanted(how):
                continue
            feats, entities, chosen = choice
            rule = chosen.name if chosen is not None else None
            if rule != q.speaker:
                continue  # a later step changed the speaker: not this choice's doing
            out.append((case.batch, feats, [e.name for e in entities], rule, want))
    return out


def score(w: list[float], f: list[float]) -> float:
    return sum(a * b for a, b in zip(w, f, strict=True))


def pick(w: list[float], inst: Instance) -> str:
    """The scored choice: the best scoring candidate, the latest of equals."""
    feats, names = inst[1], inst[2]
    best = max(range(len(names)), key=lambda i: (round(score(w, feats[i]), 9), i))
    return names[best]


def fit(data: list[Instance], l2: float = 0.01, rate: float = 0.5, rounds: int = 400) -> list[float]:
    """Weights maximising the softmax likelihood of the labelled speaker's candidates."""
    n = len(data[0][1][0]) if data else 0
    w = [0.0] * n
    usable = [d for d in data if d[4] in d[2] and len(set(d[2])) > 1]
    if not usable:
        return w
    for _ in range(rounds):
        grad = [0.0] * n
        for _, feats, names, _, want in usable:
            scores = [score(w, f) for f in feats]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            good = sum(e for e, name in zip(exp, names, strict=True) if name == want)
            for f, e, name in zip(feats, exp, names, strict=True):
                # d/dw log(P(good)) = E[f | good] - E[f]
                coef = (e / good if name == want else 0.0) - e / total
                for j in range(n):
                    grad[j] += coef * f[j]
        for j in range(n):
            w[j] += rate * (grad[j] / len(usable) - l2 * w[j])
    return w


def _accuracy(data: list[Instance], w: list[float] | None) -> tuple[int, int]:
    right = sum((d[3] if w is None else pick(w, d)) == d[4] for d in data)
    return right, len(data)


def cross_validate(data: list[Instance], folds: list[set[str]], l2: float = 0.01) -> tuple[int, int, int]:
    """(rules right, scored right, instances) over the held-out folds, each fitted with penalty `l2`."""
    rules = scored = total = 0
    for held in folds:
        train = [d for d in data if d[0] not in held]
        test = [d for d in data if d[0] in held]
        w = fit(train, l2=l2)
        rules += _accuracy(test, None)[0]
        scored += _accuracy(test, w)[0]
        total += len(test)
    return rules, scored, total


def main(argv: list[str]) -> int:
    which = "carry" if "--carry" in argv else "pronoun"
    argv = [a for a in argv if not a.startswith("--")]
    names = CARRY_FEATURES if which == "carry" else CHOICE_FEATURES
    data = collect(argv, which)
    batches = sorted({d[0] for d in data}, key=[a.partition("=")[0] for a in argv].index)
    reachable = sum(d[4] in d[2] for d in data)
    print(f"instances {len(data)}; labelled speaker among the candidates in {reachable}")
    for name in batches:
        part = [d for d in data if d[0] == name]
        print(f"  {name}: {len(part)} instances, rules right {_accuracy(part, None)[0]}")
    halves = [set(batches[0::2]), set(batches[1::2])]
    for l2 in (0.1, 0.01, 0.001):
        r, s, n = cross_validate(data, halves, l2=l2)
        r1, s1, n1 = cross_validate(data, [{b} for b in batches], l2=l2)
        print(
            f"l2={l2}: two halves {sorted(halves[0])} | rest: rules {r}/{n}, scored {s}/{n}; "
            f"leave one set out: rules {r1}/{n1}, scored {s1}/{n1}"
        )
    w = fit(data)
    r, n = _accuracy(data, w)
    print(f"fitted on all: in-sample scored {r}/{n}, rules {_accuracy(data, None)[0]}/{n}")
    for name, value in zip(names, w, strict=True):
        print(f"  {name:<20} {value:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
