"""Going from one article to the next (n, Enter on another item) never shows the empty pane
in between: it flashed "Choose an item and press Enter to read it." (and the empty quote
sidebar) for a frame or two at every n, while the cached article was read."""

from __future__ import annotations

from typing import Any

import pytest

from newstui.model import Quote
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from ui_helpers import Seeded, make_app, press, running


async def test_n_goes_from_article_to_article_without_the_empty_pane(
    seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    emptied: list[str] = []
    # Spies: they note each time a pane is emptied, and do what the pane does.
    show_article = ArticleView.show
    show_quotes = QuoteSidebar.show

    def article_shown(view: ArticleView, article: Any, **kwargs: Any) -> None:
        if article is None:
            emptied.append("article")
        show_article(view, article, **kwargs)

    def quotes_shown(sidebar: QuoteSidebar, quotes: list[Quote], *, article_open: bool = True) -> None:
        if not article_open:
            emptied.append("quotes")
        show_quotes(sidebar, quotes, article_open=article_open)

    monkeypatch.setattr(ArticleView, "show", article_shown)
    monkeypatch.setattr(QuoteSidebar, "show", quotes_shown)
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "enter")
        view = app.main_screen.query_one(ArticleView)
        first = view.item_id
        assert first is not None
        emptied.clear()
        for _ in range(3):
            await press(pilot, "n")
            assert view.item_id not in (None, first)
        assert emptied == []
