"""A resize while reading keeps the paragraph at the top of the article pane (wave 19
trial): the text rewraps at the new width, and the old scroll offset showed a paragraph
two or three before the one being read."""

from __future__ import annotations

from newstui.ui.app import NewsApp
from newstui.ui.widgets.article_view import ArticleView
from ui_helpers import Seeded, make_app, press, running, settle


def top_paragraph(view: ArticleView) -> str:
    """The text of the first block still (partly) in view."""
    for block in view.children:
        if block.display and block.virtual_region.bottom > view.scroll_y:
            return str(block.render())
    return ""


def article(app: NewsApp) -> ArticleView:
    return app.main_screen.query_one(ArticleView)


async def test_a_resize_keeps_the_paragraph_being_read_at_the_top(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (100, 30)) as pilot:
        await press(pilot, "j", "enter", "tab")
        view = article(app)
        target = next(block for block in view.children if "Paragraph 3 of background" in str(block.render()))
        view.scroll_to(y=target.virtual_region.y, animate=False, immediate=True)
        await settle(pilot)
        assert top_paragraph(view).startswith("Paragraph 3 of background")
        for size in ((70, 24), (80, 24), (90, 26), (100, 30)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert top_paragraph(view).startswith("Paragraph 3 of background"), (size, top_paragraph(view))
        # s (the quotes beside the article) narrows the article pane too.
        await press(pilot, "s")
        assert top_paragraph(view).startswith("Paragraph 3 of background")


async def test_the_place_survives_a_size_that_shows_the_end(seeded: Seeded) -> None:
    # At 160x45 the whole end fits: the view cannot scroll so far; back at 80 columns the
    # reader is where they were, not where the wide view had to stop.
    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        await press(pilot, "j", "enter", "tab")
        view = article(app)
        target = next(block for block in view.children if "Paragraph 7 of background" in str(block.render()))
        view.scroll_to(y=target.virtual_region.y, animate=False, immediate=True)
        await settle(pilot)
        assert top_paragraph(view).startswith("Paragraph 7 of background")
        await pilot.resize_terminal(160, 60)
        await settle(pilot)
        assert view.scroll_y == view.max_scroll_y
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert top_paragraph(view).startswith("Paragraph 7 of background"), top_paragraph(view)


async def test_a_new_article_still_opens_at_its_top_after_a_resize(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (100, 30)) as pilot:
        await press(pilot, "j", "enter", "tab", "end")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        await press(pilot, "shift+tab", "k", "enter")
        assert article(app).scroll_y == 0
