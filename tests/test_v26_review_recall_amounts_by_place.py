"""Review of version 26 (recall): amounts in a box named for its place are still furniture.

Version 26 keeps a list or table of amounts (`scoring.amount_list`) whatever furniture word its
class holds, for recipe templates that name a list by its look ('ingredients table-header',
'materials list-footer'). Any word counted, so a box of offers set in the story's column but
named for its place ('sidebar-offers', 'rail', 'widget-deals', 'menu') stayed as the story's
whenever its lines opened on figures ('20 GB mobile data …'). Only words that name a part of a
list's own layout (header, footer, tools) are read as its look. (Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from newstui.extract import extract_article

_FIRST = (
    "<p>The council will decide next week whether to keep the town's two libraries open on Saturdays, after "
    "a review found that fewer people used them at weekends than five years ago.</p>"
)
_REST = (
    "<p>Librarians said the figures left out the children who come for the reading club, and a petition to "
    "keep the hours has gathered more than three thousand names since it opened.</p>"
    "<p>The council's leader, Tomas Brell, said no decision had been made and that the review was only one "
    "of the things the cabinet would look at before the budget is set in March.</p>"
)
_ROWS = "".join(f"<tr><td>{n} GB</td><td>mobile data with the Zoomtel plan</td></tr>" for n in (5, 20, 50, 100))
_ITEMS = "".join(f"<li>{n} GB mobile data with the Zoomtel plan</li>" for n in (5, 20, 50, 100))


def _text(box: str) -> str:
    html = (
        "<html><head><title>Libraries may close on Saturdays</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/town'>Town</a></div>"
        f"<div class='main'><h1>Libraries may close on Saturdays</h1><div class='body'>{_FIRST}{box}{_REST}</div></div>"
        "<div class='side'><p><a href='/other'>Other news</a></p></div></body></html>"
    )
    return "\n".join(p for s in extract_article(html.encode()).sections for p in s.paragraphs)


@pytest.mark.parametrize("name", ["sidebar-offers", "rail", "widget-deals", "menu"])
@pytest.mark.parametrize("tag", ["table", "ul"])
def test_an_offers_box_named_for_its_place_goes(name: str, tag: str) -> None:
    box = f"<table class='{name}'>{_ROWS}</table>" if tag == "table" else f"<ul class='{name}'>{_ITEMS}</ul>"
    text = _text(box)
    assert "Zoomtel" not in text and "Tomas Brell" in text


@pytest.mark.parametrize("name", ["ingredients table-header", "materials list-footer", "kit table-tools"])
def test_amounts_named_for_a_part_of_their_layout_stay(name: str) -> None:
    items = "".join(f"<li>{n} sheets of {kind} paper</li>" for n, kind in ((4, "red"), (6, "blue"), (2, "gold")))
    text = _text(f"<ul class='{name}'>{items}</ul>")
    assert "6 sheets of blue paper" in text and "Tomas Brell" in text
