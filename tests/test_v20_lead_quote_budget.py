"""The quote finder keeps to the page's CPU budget; out of time, the article keeps its text without quotes."""

from __future__ import annotations

import pytest

from newstui.errors import ExtractError
from newstui.extract import budget
from newstui.extract.article import quotes_for
from newstui.extract.quotes import find_quotes
from newstui.model import Section

PARAGRAPHS = [
    "“The ferry will run twice a day from Monday, whatever the weather,” Ada Marsh said.",
    "“We asked for this for years and we are glad of it,” said Tom Hale, who runs the cafe.",
]


def test_the_quote_finder_stops_when_the_pages_time_is_up() -> None:
    with budget.deadline(-1.0), pytest.raises(ExtractError, match="too large/complex"):
        find_quotes(PARAGRAPHS)


def test_out_of_time_the_article_has_no_quotes_rather_than_no_article() -> None:
    sections = [Section(None, PARAGRAPHS, ["p", "p"])]
    assert [q.speaker for q in quotes_for(sections)] == ["Ada Marsh", "Tom Hale"]
    with budget.deadline(-1.0):
        assert quotes_for(sections) == []


def test_a_paragraph_of_a_thousand_unclosed_attributed_quotes_keeps_the_article() -> None:
    # Each unclosed quote is cut at its attribution and the rest of the paragraph scanned
    # again (once per cut, each a level deeper): the budget now ends the quotes, not the page.
    hostile = " ".join(f"“Step {n} is next, she said." for n in range(1000))
    paragraphs = ["The council met on Tuesday to discuss the harbour and its future.", hostile]
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs * 2) + "</article></body></html>"
    from newstui.extract import extract_article

    article = extract_article(page)  # ran 8 s, then "nested too deeply" refused the whole page
    assert article.sections[0].paragraphs[0].startswith("The council met")
