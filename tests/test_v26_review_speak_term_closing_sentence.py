"""Review of v26 (speakers): the words after a partial quote read past a short quoted
term inside the sentence ('… “casually” at the club, said Tom Crane'), but not past one
whose closing mark holds the sentence's full stop ('… headed “Money.” That night, said
Ann Toll, …'): the mask hides that stop, and v26 read on into the next sentence and
gave the quote to the name there. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "“We will rebuild the pier before summer,” Mayor Tom Dee said."


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will not pay for the pier this year,” on a page headed “Money.” That night, said Ann Toll, the board met.",
        "“We will not pay for the pier this year” ran under the heading “Money!” Soon after, said Ann Toll, they met.",
    ],
)
def test_term_closing_its_sentence_bounds_the_tail(paragraph: str) -> None:
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Dee"), (1, "Tom Dee")]


def test_term_inside_the_sentence_is_still_read_past() -> None:
    paragraph = "“We have no ties of any kind,” aside from meeting “by chance” at the club, said Ann Toll."
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Dee"), (1, "Ann Toll")]
