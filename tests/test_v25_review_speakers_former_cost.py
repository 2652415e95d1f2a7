"""A description's look-back stays bounded with many former holders (version 25 review).

v25 passes over people introduced as former holders of an office ("Former Mayor Jo Dee")
when it looks for "the mayor"; in an article naming a thousand former mayors, each "the
mayor said" read every one before it (2,000 turns took 8.8 s, 4x per doubling). The
look-back now reads at most `_LOOK_BACK_READS` candidates per token. Invented text."""

from __future__ import annotations

import itertools

import pytest

from extract_helpers import count_person_mentions
from newstui.extract.quotes import find_quotes

_FIRST = "Ann Bea Cal Dot Eve Fay Gus Hal Ida Jon".split()
_LAST = "Toll Dee Crane Price Pike Mott Holm Ruiz Vance Poe Hale Roe Berg Lund Marsh Webb Carr Ross Cole Fox".split()
_NAMES = [f"{a} {b}{c}" for a, b, c in itertools.product(_FIRST, _LAST, "abcdefghij")]


@pytest.mark.parametrize("n", [300, 2000])
def test_many_former_holders_are_read_a_bounded_number_of_times_per_quote(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    count = count_person_mentions(monkeypatch)
    paragraphs = [
        f"Former Mayor {_NAMES[k]} spoke at the pier on day {k}. “We fixed pier number {k} today,” the mayor said."
        for k in range(n)
    ]
    quotes = find_quotes(paragraphs)
    assert [q.speaker for q in quotes] == [None] * n
    assert count[0] <= 600 * n  # was about n * n / 2 per token looked under


def test_the_mayor_now_is_still_found_past_former_ones() -> None:
    paragraphs = [
        "Mayor Ann Toll opened the fair.",
        *(f"Former Mayor {_NAMES[k]} came too." for k in range(1, 40)),
        "“We fixed the pier today,” the mayor said.",
    ]
    assert [q.speaker for q in find_quotes(paragraphs)] == ["Ann Toll"]
