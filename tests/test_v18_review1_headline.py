"""Review of version 18's headline rules, on pages written for these tests (no data set)."""

from __future__ import annotations

BODY = "<p>The ferry company said on Tuesday that the night crossing will stop for the winter months.</p>" * 5


def _headline(head: str, body: str = "") -> str:
    from newstui.extract import extract_article

    page = f'<html><head><meta charset="utf-8">{head}</head><body><div>{body}{BODY}</div></body></html>'
    return extract_article(page.encode()).headline


def test_a_domain_after_a_headline_ending_in_a_short_adverb_goes() -> None:
    # The domain is kept after a preposition whose object it is ('… now on example.site');
    # a headline that merely ends in a short word ('up', 'now', 'out') has the domain set after it.
    head = (
        '<meta property="og:site_name" content="fjordmaps.example">'
        '<meta property="og:title" content="Ferry fares across the fjord go up fjordmaps.example">'
    )
    assert _headline(head) == "Ferry fares across the fjord go up"


def _article(page: str) -> object:
    from newstui.extract import extract_article

    return extract_article(page.encode())


STORY = (
    "<p>The harbour master said the ferry will sail again in March once the new quay is ready.</p>"
    "<p>Work on the quay began in the autumn after storms damaged the old one, the harbour office said.</p>"
    "<p>Ferry passengers have taken the bus round the fjord since then, a journey of two hours.</p>"
    "<p>The harbour office expects the first ferry crossing to run on the second Monday of March.</p>"
)


def test_a_short_opening_quote_on_a_page_with_no_title_is_no_headline() -> None:
    # A page with no title of any kind whose story opens with a short paragraph ending in a
    # quotation ('… said: "We are ready."'): the full stop sits inside the quote mark, yet it
    # ends a sentence; the paragraph is the story's, not its headline.
    opening = '<p>The harbour master told reporters on the quay: "The ferry will be back."</p>'
    page = f'<html><head><meta charset="utf-8"></head><body><div class="story">{opening}{STORY}</div></body></html>'
    article = _article(page)
    assert article.headline != 'The harbour master told reporters on the quay: "The ferry will be back."'  # type: ignore[attr-defined]
