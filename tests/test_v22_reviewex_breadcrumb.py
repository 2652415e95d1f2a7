"""Review of v22's breadcrumb h1 rule (`meta.shown_headline`): pages written for these tests.

- A page repeating a breadcrumb h1 made the rule search the whole page once per crumb
  (quadratic: about 45 s of CPU on a 465 KB page of 4000 crumbs, before the budget noticed).
- A breadcrumb whose last crumb IS the headline gave way to a linked teaser of another
  story on the same subject (a headline-named element inside a link is all link).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from extract_helpers import head_body_page, headline_of
from newstui.extract import meta
from newstui.extract.article import parse_html

STORY = (
    "<p>Flood water rose across the northern river towns overnight, and the county opened three"
    " shelters in school halls after the levee at the old mill gave way before dawn on Tuesday.</p>"
    "<p>Crews spent the morning filling sandbags by the bridge, and the county said the water"
    " would keep rising until the evening, when the rain over the hills is due to ease at last.</p>"
)
HEADLINE = "Flood water rises in northern river towns as levee fails"
OTHER = "Northern river towns count the cost as flood water recedes"
URL = "https://riverpost.example/news/flood-levee"
TRAIL = f'<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news/">News</a><h1>{HEADLINE}</h1></div>'
HEAD = f"<title>{HEADLINE} | River Post</title>"


@pytest.mark.parametrize(
    "teaser",
    [
        # schema.org microdata on a teaser card, its headline inside the card's link
        "<section class='more'><div itemscope itemtype='https://schema.org/NewsArticle'>"
        f"<a href='/news/recede'><span itemprop='headline'>{OTHER}</span></a></div></section>",
        # a related card: the whole card is the link
        "<section class='related'><a class='card' href='/news/recede'>"
        f"<h3 class='card-title'>{OTHER}</h3></a></section>",
    ],
)
def test_a_linked_teaser_does_not_replace_the_crumb_that_is_the_headline(teaser: str) -> None:
    assert headline_of(HEAD, f"{TRAIL}<article>{STORY}</article>{teaser}", URL) == HEADLINE


def test_a_ticker_link_before_the_trail_does_not_replace_it() -> None:
    ticker = f"<div class='ticker'><a href='/news/recede'><span class='ticker-headline'>{OTHER}</span></a></div>"
    assert headline_of(HEAD, f"{ticker}{TRAIL}<article>{STORY}</article>", URL) == HEADLINE


class _Counting:
    def __init__(self, inner: Callable[..., Any]) -> None:
        self.inner = inner
        self.calls = 0

    def __call__(self, *args: Any) -> Any:
        self.calls += 1
        return self.inner(*args)


def test_many_breadcrumb_h1s_read_the_headline_named_elements_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A hostile page repeats the trail: the headline-named elements are looked at once for the
    # page (at most the first 60 of them), not once more per crumb.
    counting = _Counting(meta._is_shown_headline)
    monkeypatch.setattr(meta, "_is_shown_headline", counting)
    crumbs = "".join(f"<div class='breadcrumb'><h1>Harbour ferry timetable {k}</h1></div>" for k in range(300))
    named = "<div class='title'>Some other words here</div>" * 100
    root = parse_html(head_body_page("<title>Harbour ferry timetable</title>", crumbs + named + STORY))
    found = meta.read_meta(root)
    assert counting.calls <= 60
    assert len(found.h1s) <= 6
