"""Untrusted text (titles, feed names, article text, quotes, errors) shows literally and does nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.config import load_config
from newstui.ui.app import NewsApp
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from ui_helpers import HOSTILE, HOSTILE_SHOWN, build_store, clock, write_config


@pytest.fixture
def app(tmp_path: Path) -> NewsApp:
    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    return NewsApp(load_config(config_path), db, clock=clock)


async def settle(app: NewsApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def screen_text(app: NewsApp) -> str:
    return app.export_screenshot()


async def open_hostile(app: NewsApp, pilot) -> ItemList:  # type: ignore[no-untyped-def]
    items = app.screen.query_one(ItemList)
    row = next(r for r in range(items.count) if items.item_at(r).guid == "hostile-1")
    items.select_row(row)
    await pilot.press("enter")
    await settle(app, pilot)
    return items


async def test_hostile_title_shows_literally_in_every_pane(app: NewsApp) -> None:
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        feeds = app.screen.query_one(FeedList)
        label = feeds.get_option(f"feed:{HOSTILE}").prompt.plain
        assert HOSTILE_SHOWN in label
        items = await open_hostile(app, pilot)
        row = app.screen.query_one(ItemList)._row_content(items.current_item, 200).plain
        assert "[bold]x[/bold] [@click=app.quit]click[/]" in row
        assert "\x1b" not in row
        view = app.screen.query_one(ArticleView)
        texts = [str(block.render().plain) for block in view.query("Block")]  # type: ignore[attr-defined]
        joined = "\n".join(texts)
        assert HOSTILE_SHOWN in joined
        assert "[b]Evil[/b] Byline" in joined
        assert "[red]Heading[/red]" in joined
        assert "Body [@click=app.quit][1]quit[/] text." in joined  # link text numbered like a footnote
        assert "[1] [@click=app.quit] — https://evil.test/[b]" in joined
        sidebar = app.screen.query_one(QuoteSidebar)
        quote = sidebar.get_option_at_index(0).prompt.plain
        assert "[i]Mallory[/i] Smith" in quote
        assert "[link=https://x]Trap[/link]" in quote


async def test_clicking_hostile_text_does_nothing(app: NewsApp) -> None:
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        await open_hostile(app, pilot)
        view = app.screen.query_one(ArticleView)
        # Click every cell of every block that carries hostile text: no action may run.
        for block in list(view.query("Block")):
            region = block.region
            for x in range(region.x, region.right, 5):
                await pilot.click(offset=(x, region.y))
        items = app.screen.query_one(ItemList)
        await pilot.click(ItemList, offset=(10, items.cursor - int(items.scroll_y)))
        feeds = app.screen.query_one(FeedList)
        index = feeds.get_option_index(f"feed:{HOSTILE}")
        await pilot.click(FeedList, offset=(10, index))
        await settle(app, pilot)
        assert app.is_running
        assert app.return_code is None


async def test_feed_error_is_shown_as_text(app: NewsApp) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        feeds = app.screen.query_one(FeedList)
        feeds.focus()
        feeds.highlighted = feeds.get_option_index(f"feed:{HOSTILE}")
        await pilot.pause()
        assert "server said [bold]500[/bold]" in app.screen.status.notice
        assert "✗" in feeds.get_option(f"feed:{HOSTILE}").prompt.plain
        await pilot.press("e")
        await pilot.pause()
        toasts = list(app._notifications)
        assert any("server said [bold]500[/bold]" in n.message and "HTTP 500" in n.message for n in toasts)
