"""Version 21 (recall): text-level rules that took the story's own lines for furniture.

A line opening with 'Updated' or 'Published' was dropped as a publication stamp when a
figure followed, so a fact box's line ('Updated forecast: 2.1% growth') went too
and an English subheading opening with "More on" or "More in" ended the story like a list
of other stories ("More on the way") (pages and blocks written for the tests).
"""

from __future__ import annotations

from extract_helpers import BANK_PARAGRAPH, kept_between_story_paragraphs
from newstui.extract.furniture import cut_tail
from newstui.extract.walk import Block


def test_a_fact_line_opening_with_updated_is_kept() -> None:
    assert kept_between_story_paragraphs("Updated forecast: 2.1% growth")
    assert kept_between_story_paragraphs("Published findings: 3 of 4 trials")
    assert kept_between_story_paragraphs("Aktualisierte Prognose: 12 Stationen")


def test_publication_stamps_still_go() -> None:
    assert not kept_between_story_paragraphs("Updated: 4 March 2025, 10:15")
    assert not kept_between_story_paragraphs("Published 3 hours ago")
    assert not kept_between_story_paragraphs("Aktualisiert am 04.03.2025")
    assert not kept_between_story_paragraphs("Published: Tuesday, June 10")
    assert not kept_between_story_paragraphs("Stand: 4. März")


def _story_with(subheading: str) -> list[str]:
    blocks = [Block("p", BANK_PARAGRAPH) for _ in range(4)]
    blocks += [Block("heading", subheading), Block("p", BANK_PARAGRAPH.replace("Thursday", "Friday"))]
    return [block.text for block in cut_tail(blocks)]


def test_an_english_subheading_opening_with_more_on_is_kept() -> None:
    # A clause in lower case goes on with the story; 'More on <Topic>' names a list of other stories.
    assert "More on the way" in _story_with("More on the way")
    assert "More in store for the harbour" in _story_with("More in store for the harbour")


def test_an_english_list_opener_still_ends_the_story() -> None:
    assert "More on Shipping" not in _story_with("More on Shipping")
    assert "More from the Regional Desk" not in _story_with("More from the Regional Desk")
    assert "Also in this section" not in _story_with("Also in this section")
