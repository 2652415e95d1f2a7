"""Whether an unnamed person spoke last ("A spokesman for the port said …. “…,” he
said.") is found by bisection (version 25 review): the he/she look-back and the quote
going on both collected every unnamed speech of the paragraph before each one, so a
paragraph of 4,000 such turns took 6 s. Invented text."""

from __future__ import annotations

from typing import Any

import pytest

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.sentences import Para


@pytest.mark.parametrize("n", [300, 1500])
def test_a_paragraph_of_unnamed_turns_reads_a_bounded_number_of_sentences_per_quote(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    count = [0]
    sentence_of = Para.sentence_of

    def counting(self: Para, pos: int) -> Any:
        count[0] += 1
        return sentence_of(self, pos)

    monkeypatch.setattr(Para, "sentence_of", counting)
    paragraph = " ".join(
        f"A spokesman for the port said pier {k} was fixed. “We fixed pier number {k} today,” he said."
        for k in range(n)
    )
    quotes = find_quotes([paragraph])
    assert [q.speaker for q in quotes] == [None] * n
    assert count[0] <= 400 * n  # was about n * n (every unnamed speech before, per he)


def test_an_unnamed_speaker_before_a_name_in_the_paragraph_before_still_wins() -> None:
    quotes = find_quotes(
        [
            "Tom Crane runs the port. A spokesman for the port said the pier was fixed.",
            "“We fixed the pier today and it opens again on Friday,” he said.",
        ]
    )
    assert [q.speaker for q in quotes] == [None]
