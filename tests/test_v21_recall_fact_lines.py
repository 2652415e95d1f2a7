"""Version 21 (recall): text-level rules that took the story's own lines for furniture.

A line opening with 'Updated' or 'Published' was dropped as a publication stamp when a
figure followed, so a fact box's line ('Updated forecast: 2.1% growth') went too
and an English subheading opening with "More on" or "More in" ended the story like a list
of other stories ("More on the way") (pages and blocks written for the tests).
"""

from __future__ import annotations

from newstui.extract.furniture import cut_tail, drop_middle
from newstui.extract.walk import Block

_PARAGRAPH = (
    "The regional bank raised its outlook for the coming year on Thursday, pointing to strong orders "
    "at the shipyards and a quicker recovery in the tourist trade than it had expected in spring."
)


def _kept(line: str) -> bool:
    blocks = [Block("p", _PARAGRAPH), Block("p", line), Block("p", _PARAGRAPH)]
    return any(block.text == line for block in drop_middle(blocks))


def test_a_fact_line_opening_with_updated_is_kept() -> None:
    assert _kept("Updated forecast: 2.1% growth")
    assert _kept("Published findings: 3 of 4 trials")
    assert _kept("Aktualisierte Prognose: 12 Stationen")


def test_publication_stamps_still_go() -> None:
    assert not _kept("Updated: 4 March 2025, 10:15")
    assert not _kept("Published 3 hours ago")
    assert not _kept("Aktualisiert am 04.03.2025")
    assert not _kept("Published: Tuesday, June 10")
    assert not _kept("Stand: 4. März")


def _story_with(subheading: str) -> list[str]:
    blocks = [Block("p", _PARAGRAPH) for _ in range(4)]
    blocks += [Block("heading", subheading), Block("p", _PARAGRAPH.replace("Thursday", "Friday"))]
    return [block.text for block in cut_tail(blocks)]


def test_an_english_subheading_opening_with_more_on_is_kept() -> None:
    # A clause in lower case goes on with the story; 'More on <Topic>' names a list of other stories.
    assert "More on the way" in _story_with("More on the way")
    assert "More in store for the harbour" in _story_with("More in store for the harbour")


def test_an_english_list_opener_still_ends_the_story() -> None:
    assert "More on Shipping" not in _story_with("More on Shipping")
    assert "More from the Regional Desk" not in _story_with("More from the Regional Desk")
    assert "Also in this section" not in _story_with("Also in this section")
