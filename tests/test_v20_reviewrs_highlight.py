"""Review of the v20 quote highlight: the quote's own place, through the real app.

A quote is highlighted where it stands in quote marks, not where its paragraph (or a
later one) says the same words outside any quote; a quote over several paragraphs is
highlighted in each paragraph that goes on with it."""

from __future__ import annotations

from textual.content import Content

from newstui.extract.article import quotes_for
from newstui.model import Article, Section
from newstui.ui.widgets.article_view import ArticleView
from ui_helpers import Seeded, make_app, open_guid, running, save_article

LEAD = "The harbour club lost again on Saturday."


def _highlighted(content: Content) -> list[str]:
    plain = content.plain
    return [plain[span.start : span.end] for span in content.spans if "$quote-text" in str(span.style)]


async def _shown(seeded: Seeded, paragraphs: list[str]) -> list[list[str]]:
    """Per paragraph after the lead, the highlighted texts the pane shows."""
    sections = [Section(None, [LEAD, *paragraphs])]
    quotes = quotes_for(sections)  # the real quote finder, as the extractor runs it
    assert quotes, "the finder must find a quote for this test to mean anything"
    save_article(seeded, "tech-0", Article(headline="Harbour club", sections=sections, quotes=quotes, source="page"))
    app = make_app(seeded)
    async with running(app) as pilot:
        await open_guid(app, pilot, "tech-0")
        view = app.main_screen.query_one(ArticleView)
        shown = []
        for index in range(1, len(paragraphs) + 1):
            content = view._paragraphs[(0, index)].content
            assert isinstance(content, Content)
            shown.append(_highlighted(content))
        return shown


async def test_the_quote_not_the_same_words_before_it(seeded: Seeded) -> None:
    paragraph = "Fans sang we will stay, and Ada Brenner told them, “we will stay,” before she left."
    assert await _shown(seeded, [paragraph]) == [["“we will stay,”"]]


async def test_a_later_paragraph_repeating_the_words_is_not_highlighted(seeded: Seeded) -> None:
    paragraphs = [
        "“We will move the club to the harbour,” said Ada Brenner, the chair.",
        "Fans cheered. We will move the club to the harbour, a banner said the next morning.",
    ]
    assert await _shown(seeded, paragraphs) == [["“We will move the club to the harbour,”"], []]


async def test_a_quote_over_three_paragraphs_is_highlighted_in_each(seeded: Seeded) -> None:
    paragraphs = [
        "“We will move the club to the harbour next year, whatever the board may say about the money,” "
        "said Ada Brenner.",
        "“The fans have waited long enough. They deserve a home of their own by the water.",
        "“And we will give them one,” she said.",
    ]
    shown = await _shown(seeded, paragraphs)
    assert shown[1] == ["“The fans have waited long enough. They deserve a home of their own by the water."]
    assert shown[2] == ["“And we will give them one,”"]


async def test_markup_in_a_quote_stays_text(seeded: Seeded) -> None:
    paragraph = "“Type [b]bold[/b] and [/] in the box, then press enter,” said Ada Brenner, the club's webmaster."
    assert await _shown(seeded, [paragraph]) == [["“Type [b]bold[/b] and [/] in the box, then press enter,”"]]
