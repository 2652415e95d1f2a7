"""The article pane highlights a quote whose marks the quote finder read in another form:
a nested ‛…’, ″…″ or ''…'' inside it (`spans.read_marks` rewrites those), line breaks and
runs of spaces inside it (the quote's text has its white space collapsed)."""

from __future__ import annotations

from textual.content import Content

from newstui.extract.article import quotes_for
from newstui.model import Article, Section
from newstui.ui.widgets.article_view import ArticleView
from ui_helpers import Seeded, make_app, open_guid, running, save_article

LEAD = "The harbour club lost again on Saturday."


def _highlighted(content: Content) -> list[str]:
    """The texts of a paragraph that carry the quote style."""
    plain = content.plain
    return [plain[span.start : span.end] for span in content.spans if "$quote-text" in str(span.style)]


async def _shown_highlights(seeded: Seeded, paragraph: str) -> list[str]:
    sections = [Section(None, [LEAD, paragraph])]
    quotes = quotes_for(sections)  # the real quote finder, as the extractor runs it
    assert quotes, "the finder must find the quote for this test to mean anything"
    save_article(seeded, "tech-0", Article(headline="Harbour club", sections=sections, quotes=quotes, source="page"))
    app = make_app(seeded)
    async with running(app) as pilot:
        await open_guid(app, pilot, "tech-0")
        view = app.main_screen.query_one(ArticleView)
        block = view._paragraphs[(0, 1)]
        content = block.content
        assert isinstance(content, Content)
        return _highlighted(content)


async def test_a_quote_with_a_reversed_single_mark_nested_in_it_is_highlighted(seeded: Seeded) -> None:
    paragraph = "“The coach told us the plan was ‛pure nonsense’ and walked out,” said Ada Brenner, a midfielder."
    shown = await _shown_highlights(seeded, paragraph)
    assert shown == ["“The coach told us the plan was ‛pure nonsense’ and walked out,”"]


async def test_a_quote_with_double_primes_nested_in_it_is_highlighted(seeded: Seeded) -> None:
    paragraph = "Ada Brenner said: “We looked at the ″big picture″ and decided the club must move on this year.”"
    shown = await _shown_highlights(seeded, paragraph)
    assert shown == ["“We looked at the ″big picture″ and decided the club must move on this year.”"]


async def test_a_quote_with_two_apostrophe_marks_nested_in_it_is_highlighted(seeded: Seeded) -> None:
    paragraph = "''We studied the ''harbour plan'' and we will move on this year,'' Ada Brenner said."
    shown = await _shown_highlights(seeded, paragraph)
    assert shown == ["''We studied the ''harbour plan'' and we will move on this year,''"]


async def test_a_quote_with_a_run_of_spaces_in_it_is_highlighted(seeded: Seeded) -> None:
    paragraph = "“We will  move on this year,\nwhatever the board says,” Ada Brenner said."
    shown = await _shown_highlights(seeded, paragraph)
    assert shown == ["“We will  move on this year,\nwhatever the board says,”"]
