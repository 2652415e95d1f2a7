"""Version 24: a paragraph of thousands of quotes each handed over by a person shown
speaking ("The new ad shows footage of Ann Lee asking, “…”") costs linear work. Every
quote reads "the new ad" as a description, and the look-back for a person introduced as
an "ad" walked every earlier name whose four words before held "ad" ("ad shows footage
of Ann Lee"), though only the last word before a name can make it one: quadratic. The
test counts the names weighed (`_introduced_as` calls), not time. Invented text."""

from __future__ import annotations

from typing import Any

import pytest

from newstui.extract.names import Mention
from newstui.extract.quotes import descriptions, find_quotes

QUOTES = 300


def _weighed(monkeypatch: pytest.MonkeyPatch, quotes: int) -> int:
    """The names weighed as a description's holder on a paragraph of `quotes` such quotes."""
    counter = [0]
    original = descriptions.Descriptions._introduced_as

    def counting(self: Any, q: int, mention: Mention, key: str, last_only: bool) -> bool:
        counter[0] += 1
        return original(self, q, mention, key, last_only)

    with monkeypatch.context() as patched:
        patched.setattr(descriptions.Descriptions, "_introduced_as", counting)
        shown = " ".join(
            f"The new ad shows footage of Ann Lee asking, “Will the harbour bridge number {k} open next year?”"
            for k in range(quotes)
        )
        found = find_quotes(["Ann Lee runs the harbour board at Pell Bay.", shown])
    assert len(found) == quotes
    return counter[0]


def test_a_paragraph_of_thousands_of_people_shown_speaking_is_read_in_linear_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Twice the quotes, about twice the names weighed (the old look-back weighed every
    # earlier name: 45,000 for 300 quotes, 180,000 for 600).
    small, large = _weighed(monkeypatch, QUOTES), _weighed(monkeypatch, 2 * QUOTES)
    assert large <= 2.2 * small + 50


def test_a_description_still_finds_the_person_introduced_as_it() -> None:
    """Filing a name only under the last words that can describe it still finds "the
    skipper" introduced right before the name, and "the Welsh captain" two words before."""
    found = find_quotes(
        [
            "The ferry race was won by skipper Tom Crane of Pell Bay.",
            "Welsh rowing captain Ann Lee came second.",
            "“The tide turned at the last buoy,” the skipper said.",
            "“We will be back next year,” the Welsh captain said.",
        ]
    )
    assert [q.speaker for q in found] == ["Tom Crane", "Ann Lee"]
