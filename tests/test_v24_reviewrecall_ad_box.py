"""Version 24 review: an ad-box heading rule must not take a story's own section.

A story about advertising may have a short section headed 'Advertising' or 'Ads by …'
whose prose links its sources; that is no box of paid links, whose links open their
lines (ad titles). And the pass stops at the page's CPU budget on hostile pages that
nest thousands of ad-headed boxes. (Pages written for the tests.)
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newstui.errors import ExtractError
from newstui.extract import budget, extract_article, prune

_OPENING = (
    "<p>Spending on television commercials fell for the fourth year running, as brands moved their "
    "budgets to short videos and search, a survey of two hundred firms found on Monday.</p>"
)
_CLOSING = (
    "<p>The survey's authors expect the fall to slow next year, when two large sporting events "
    "draw viewers back to live broadcasts for several weeks in the summer.</p>"
)


def _text(box: str) -> str:
    html = (
        "<html><head><title>Ad spending falls</title></head><body><div class='post'>"
        f"<h1>Ad spending falls</h1>{_OPENING}{box}{_CLOSING}</div></body></html>"
    )
    return " ".join(p for s in extract_article(html.encode()).sections for p in s.paragraphs)


@pytest.mark.parametrize(
    "box",
    [
        "<section><h2>Advertising</h2><p>Agencies such as <a href='/a'>Ogilvy</a> and <a href='/b'>WPP</a> "
        "said their clients now ask for campaigns built for phones first, with the television version "
        "cut from the same footage afterwards.</p></section>",
        "<div><h3>Ads by Russian groups</h3><p>The committee's report listed <a href='/r'>three thousand "
        "ads</a> bought by groups linked to <a href='/s'>the agency</a> in the months before the vote, "
        "most of them aimed at voters in swing states.</p></div>",
    ],
)
def test_a_story_section_headed_like_an_ad_label_stays(box: str) -> None:
    text = _text(box)
    assert "campaigns built for phones" in text or "three thousand ads" in text, text
    assert "fourth year" in text and "sporting events" in text


def test_the_ad_box_pass_stops_at_the_cpu_budget() -> None:
    nested = "<div><h3>Sponsored Links</h3><a href='/x'>x</a><a href='/y'>y</a>" * 200 + "</div>" * 200
    root = lxml_html.fromstring(f"<html><body><h1>Title</h1>{nested}</body></html>")
    with budget.deadline(0), pytest.raises(ExtractError):
        prune._ad_boxes(root)
