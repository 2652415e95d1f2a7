"""Review of v26's he/she rules on a long paragraph: the name a candidate stands on is
looked up per candidate of every he/she (`_mention_at`, now also by the role-intro and
presented-person rules). A walk over the paragraph's names for each was quadratic in a
paragraph of thousands of names; bisected, a he/she reads a few of them. Invented text."""

from __future__ import annotations

from typing import Any

from newstui.extract.names import Mention
from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.resolver import Resolver


class _CountedList(list[Mention]):
    """A paragraph's names, counting the items read from them."""

    reads = 0

    def __getitem__(self, k: Any) -> Any:
        _CountedList.reads += 1
        return super().__getitem__(k)

    def __iter__(self) -> Any:
        for item in super().__iter__():
            _CountedList.reads += 1
            yield item


def _sentence(k: int) -> str:
    letters = "".join(chr(ord("a") + int(d)) for d in str(k))
    return f"After Tom Vel{letters} left the hall at dusk, he waved to the crowd."


def _reads_per_pronoun(n: int) -> float:
    paragraph = " ".join(_sentence(k) for k in range(n))
    res = Resolver([paragraph], [[]], None)
    res.paras[0].mentions = _CountedList(res.paras[0].mentions)
    asked = [at for at in range(len(paragraph)) if paragraph.startswith(" he waved", at)][-40:]
    _CountedList.reads = 0
    for at in asked:
        res.antecedent(0, at + 1, "m")
    return _CountedList.reads / len(asked)


def test_a_he_in_a_long_paragraph_reads_a_bounded_number_of_names() -> None:
    small, large = _reads_per_pronoun(400), _reads_per_pronoun(1600)
    # A walk per candidate read about 78,000 names per he at 1,600 sentences, four times
    # 400's; bisected, some 700 at either size.
    assert large <= 1.5 * max(small, 1.0)


def test_the_he_still_goes_to_the_subject_of_its_own_opening_clause() -> None:
    paras = [f"{_sentence(1)} “We stay until the ferry runs,” he said."]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Velb"]
