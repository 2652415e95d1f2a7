"""Review of version 26's "said yes/no" rule: a "no" after the speech verb that opens a
noun phrase ("Ana Roe said no decision had been made", "said no fewer than five
times") begins what was said, so the quote before it is still hers; only a yes or no
standing as an answer ("said no, again and again", "said no to the plan") reports no
quote. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "“The pier is safe and it will stay open,” Tom Ash said at the meeting on Monday."


@pytest.mark.parametrize(
    "tail",
    [
        "Ana Roe said no fewer than five times at the meeting.",
        "Ana Roe said no decision had been made.",
        "Ana Roe said no more than once that night.",
    ],
)
def test_no_opening_a_noun_phrase_still_attributes(tail: str) -> None:
    quotes = find_quotes([_BEFORE, "“We will not sell the pier to anyone, ever,” " + tail])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Ash"), (1, "Ana Roe")]


@pytest.mark.parametrize("answer", ["said no, again and again", "said no to the plan", "said yes, yes"])
def test_an_answer_is_still_no_attribution(answer: str) -> None:
    paragraphs = [
        "The rally in the port town ran late into the night, and the crowd was tired.",
        "As Vance went on about “how the harbour is rigged against us all,” Ida " + answer + ".",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Vance")]
