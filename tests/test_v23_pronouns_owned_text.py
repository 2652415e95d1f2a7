"""A quote whose own sentence opens on a named owner's text ("From Ann Lee's letter to the
board: “…”"): the owner wrote the words, not the last speaker. All text is invented for
these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("sentence", "writer"),
    [
        ("From Ann Lee's letter to the board: “The pier stays shut.”", "Ann Lee"),
        ("From the Harbour Trust's statement: “The pier stays shut.”", "Harbour Trust"),
        ("In Ann Lee's Facebook post, “The pier stays shut.”", "Ann Lee"),
    ],
)
def test_the_owner_of_the_text_wrote_the_quote(sentence: str, writer: str) -> None:
    paras = ["“We need the money,” Tom Crane said.", sentence]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane", writer]


def test_a_place_owns_no_text() -> None:
    paras = ["“We need the money,” Tom Crane said.", "From Pell Bay's harbour: “The pier stays shut.”"]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane", "Tom Crane"]
