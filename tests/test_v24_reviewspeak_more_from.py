"""Review of v24's "More from X:" label: it took any name after "from", so a live page's
place label ("From Kyiv: “…”", "More from Pell Bay: “…”") made the place the speaker. A
place never speaks; the label hands over to a person or body. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("label", "place"),
    [("From Kyiv:", "Kyiv"), ("More from Paris:", "Paris"), ("Live updates. From London:", "London")],
)
def test_a_place_label_makes_no_place_the_speaker(label: str, place: str) -> None:
    found = find_quotes(
        [
            "Tom Crane flew home to Pell Bay on Monday.",
            f"{label} “The talks will resume on Friday in Geneva next week.”",
        ]
    )
    assert len(found) == 1
    assert found[0].speaker != place


def test_a_more_from_label_still_quotes_a_body() -> None:
    found = find_quotes(
        [
            "Tom Crane flew home to Pell Bay on Monday.",
            "More from Acme Ferries: “The quay will reopen on Friday after the repairs.”",
        ]
    )
    assert [q.speaker for q in found] == ["Acme Ferries"]
