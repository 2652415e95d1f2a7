"""Review of version 26's _plural_before_speech: its docstring keeps a party or faith
("Democrats say") as a side that speaks; the plural of any party or faith word in the
list does so too ("Catholics say", "Muslims say"), not only the plurals spelled out
there. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize("side", ["Catholics", "Muslims", "Baptists"])
def test_plural_of_a_faith_still_speaks(side: str) -> None:
    paragraphs = [
        "The school bill passed the Kelton council on Tuesday after a long night.",
        f"{side} say the bill is “a gift to the ferry lobby and nothing more than that.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, side)]
