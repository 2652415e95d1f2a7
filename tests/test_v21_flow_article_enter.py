"""Until an item is open, the article pane previews the highlighted item and says
"⏎ opens it". With the focus in that pane (Tab from the list), Enter did nothing at all,
and `|` or `w` there answered "No article open: Enter opens one." Enter in the article
pane now opens the item it previews; with an article open it changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.config import load_config
from newstui.ui.widgets.article_view import ArticleView
from ui_helpers import Seeded, app_for, build_store, make_app, pane_text, press, running, write_config


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_enter_in_the_article_pane_opens_the_previewed_item(seeded: Seeded, size: tuple[int, int]) -> None:
    app = make_app(seeded)
    async with running(app, size=size) as pilot:
        screen = app.main_screen
        await press(pilot, "j")  # All, the second item
        highlighted = screen.item_list.current_item
        assert highlighted is not None
        await press(pilot, "tab")
        assert isinstance(screen.focused, ArticleView)
        assert screen.open_item is None and "opens it" in pane_text(screen.article_view)

        await press(pilot, "enter")
        assert screen.open_item is not None and screen.open_item.id == highlighted.id
        assert screen.item_list.open_id == highlighted.id
        assert isinstance(screen.focused, ArticleView)  # reading goes on where the key was pressed


async def test_enter_in_an_open_article_changes_nothing(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "enter", "tab")  # the first item open, the article focused
        opened = screen.open_item
        assert opened is not None and isinstance(screen.focused, ArticleView)
        await press(pilot, "j")
        screen.item_list.select_row(3)  # the list's cursor moved (a click) while reading
        await press(pilot, "enter")
        assert screen.open_item is not None and screen.open_item.id == opened.id


async def test_article_open_can_be_rebound(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml", keys={"article.open": "enter,f5"})
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "tab")
        assert screen.open_item is None
        await press(pilot, "f5")
        assert screen.open_item is not None
