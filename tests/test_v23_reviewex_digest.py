"""Review of version 23's titled teasers (furniture._titled_teasers).

A briefing or digest sets its own items as paragraphs that open with the linked title of the
full story ('<a>Ferry adds a second crossing</a> A four o'clock boat will …') under a section
label such as 'Top stories' or 'Latest news'. Those items are the article; only an opener
saying the list is other stories related to this one ('Related stories', 'You may also like')
marks titled paragraphs as teasers. (Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from newstui.extract import extract_article

_INTRO = (
    "<p>Good morning. Here is what happened overnight across the coast, from the harbour to the "
    "hills, and what to watch for as the week goes on. Rain is due by the afternoon.</p>"
    "<p>The council's budget vote is expected later today, and the ferry timetable changes from "
    "Monday. Schools in the valley stay closed for a second day while the boilers are mended.</p>"
    "<p>The market moves to the square this week. Our reporters have the details below, with "
    "links to each full story.</p>"
)
_ITEMS = [
    ("Harbour wall repairs begin", "Work on the sea wall started on Monday and will take all winter."),
    ("Ferry adds a second crossing", "A four o'clock boat will run from next week, carrying cars too."),
    ("Valley schools stay shut", "Pupils stay at home on Wednesday while engineers fix the heating."),
    ("Library keeps its hours", "The council dropped a plan to close the branch on Saturdays."),
    ("Market moves to the square", "Stallholders will set up outside the town hall next year."),
    ("Bus route 4 to be cut back", "The last bus to the hill villages will leave at nine from May."),
    ("Lifeboat crew saves two walkers", "The pair were cut off by the tide below the cliffs on Sunday."),
    ("Budget vote set for tonight", "Councillors will debate a rise in parking fees and a new pool."),
]


def _text(opener: str) -> str:
    items = "".join(f"<p><a href='/news/{n}'>{title}</a> {summary}</p>" for n, (title, summary) in enumerate(_ITEMS))
    page = (
        "<html><head><title>Morning briefing</title></head><body><article><h1>Morning briefing</h1>"
        f"{_INTRO}<h2>{opener}</h2>{items}</article></body></html>"
    )
    article = extract_article(page.encode(), url="https://coast.example/briefing/today")
    return " ".join(p for s in article.sections for p in s.paragraphs)


@pytest.mark.parametrize("opener", ["Top stories", "Latest news", "Featured stories"])
def test_a_briefings_own_titled_items_stay(opener: str) -> None:
    text = _text(opener)
    assert all(title in text for title, _ in _ITEMS)


def test_titled_items_under_related_stories_are_still_cut() -> None:
    text = _text("Related stories")
    assert "Our reporters have the details below" in text
    assert not any(title in text for title, _ in _ITEMS)
