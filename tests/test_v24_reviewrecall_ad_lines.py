"""Version 24 review: the text-level ad-box rule keeps the story's own lines and headings.

An 'Advertisement' slot between two paragraphs may be followed by one short paragraph of
the story that opens with a linked name; a story about advertising may have a section
headed 'Werbung', 'Advertisements' or 'Ads by …' over its own prose. Neither is an ad box.
(Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from newstui.extract import extract_article

_OPENING = (
    "<p>Spending on television commercials fell for the fourth year running, as brands moved their "
    "budgets to short videos and search, a survey of two hundred firms found on Monday.</p>"
)
_CLOSING = (
    "<p>The survey's authors expect the fall to slow next year, when two large sporting events "
    "draw viewers back to live broadcasts for several weeks in the summer.</p>"
)


def _sections(middle: str) -> tuple[list[str | None], str]:
    html = (
        "<html><head><title>Ad spending falls</title></head><body><div class='post'>"
        f"<h1>Ad spending falls</h1>{_OPENING}{middle}{_CLOSING}</div></body></html>"
    )
    sections = extract_article(html.encode()).sections
    return [s.heading for s in sections], " ".join(p for s in sections for p in s.paragraphs)


def test_a_short_linked_paragraph_of_the_story_after_an_ad_slot_stays() -> None:
    _, text = _sections("<p>Advertisement</p><p><a href='/people/hale'>Mayor Tom Hale</a> declined to comment.</p>")
    assert "Mayor Tom Hale declined to comment." in text


@pytest.mark.parametrize("heading", ["Ads by Russian groups", "Werbung", "Advertisements"])
def test_a_section_heading_about_advertising_stays(heading: str) -> None:
    headings, text = _sections(f"<h2>{heading}</h2>")
    assert heading in headings, headings
    assert "sporting events" in text
