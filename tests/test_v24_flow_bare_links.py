"""A bare link in a paragraph was one long word to Textual's wrap, which cut it wherever the
pane's width ran out ("riverbo" / "ard.test"). It now breaks after a "/" or before a "?", "&"
or "#" (inside a name only at a "-", "_" or "."), as the Source line and a reader split a
link; the text around it still wraps at spaces and a selection copies the link whole."""

from __future__ import annotations

import pytest
from textual.selection import Selection

from newstui.model import Article, Quote, Section
from ui_helpers import NOW, Seeded, make_app, open_guid, press, running, save_article, settle

LINK = "https://data.riverboard.test/surveys/2026/spring-flow-readings-by-station.csv?units=metric&format=long"
PARAGRAPH = f"The board put every gauge reading online at {LINK} so that anyone can check the totals."


def _article() -> Article:
    return Article(
        headline="River board publishes its gauge readings",
        published=NOW,
        sections=[Section(None, ["Readings were taken at nine stations over the spring.", PARAGRAPH])],
    )


def _allowed_break(before: str, after: str) -> bool:
    """Whether a reader would split a link between these two characters."""
    return before == "/" or after in "?&#" or before in "-_."


@pytest.mark.parametrize("size", [(80, 24), (45, 20), (120, 40)])
async def test_a_bare_link_in_a_paragraph_breaks_where_a_reader_splits_a_link(
    seeded: Seeded, size: tuple[int, int]
) -> None:
    save_article(seeded, "world-1", _article())
    app = make_app(seeded)
    async with running(app, size) as pilot:
        await open_guid(app, pilot, "world-1")
        await settle(pilot)
        view = app.main_screen.article_view
        block = next(b for b in view.query(".para") if "riverboard" in str(b.render()))
        region = block.content_region
        strips = app.screen._compositor.render_strips()
        lines = [strips[y].crop(region.x, region.right).text.rstrip() for y in range(region.y, region.bottom)]
        words = " ".join(lines).split()
        start = next(i for i, word in enumerate(words) if word.startswith("https:"))
        pieces = [words[start]]
        while "".join(pieces) != LINK:
            start += 1
            assert LINK.startswith("".join(pieces) + words[start]), (lines, pieces)
            pieces.append(words[start])
        for before, after in zip(pieces, pieces[1:], strict=False):
            assert _allowed_break(before[-1], after[0]), f"{before!r} | {after!r} in {lines}"
        assert max(len(line) for line in lines) <= region.width
        assert block.get_selection(Selection(None, None)) == (PARAGRAPH, "\n")


async def test_a_quote_after_a_bare_link_is_found_on_the_line_it_is_shown_on(seeded: Seeded) -> None:
    """The jump to a quote counts lines as the paragraph lays them out (a guard of the layout
    above: Textual's own count of a cut link put the jump lines away from the quote)."""
    words = "The gauge team said the numbers are public and linked from the board's page"
    links = " ".join(f"{LINK}&part={n}" for n in range(6))
    text = f"{words} {links} and then “Every station reads the same way now,” said Ines Marlow."
    article = Article(
        headline="Gauges agree at last",
        published=NOW,
        sections=[Section(None, [text] + [f"Station {n} sent its readings on time all spring." for n in range(30)])],
        quotes=[Quote("Every station reads the same way now,", "Ines Marlow", 0, 0)],
    )
    save_article(seeded, "world-1", article)
    app = make_app(seeded)
    async with running(app, (45, 20)) as pilot:
        await open_guid(app, pilot, "world-1")
        await press(pilot, "s", "enter")  # the quote alone on screen, then Enter: back to it in the text
        view = app.main_screen.article_view
        assert app.focused is view
        region = view.content_region
        strips = app.screen._compositor.render_strips()
        shown = [strips[y].crop(region.x, region.right).text for y in range(region.y, region.bottom)]
        assert view.scroll_y > 0
        assert any("“Every station" in line for line in shown[:4]), shown
