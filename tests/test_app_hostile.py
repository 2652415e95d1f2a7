"""Untrusted text (titles, feed names, article text, quotes, errors) shows literally and does nothing."""

from __future__ import annotations

import pytest

from newstui.ui.app import NewsApp
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from screen_helpers import screen_lines
from ui_helpers import HOSTILE, HOSTILE_SHOWN, Seeded, make_app, press, row_with_guid, running, settle


@pytest.fixture
def app(seeded: Seeded) -> NewsApp:
    return make_app(seeded)


async def open_hostile(app: NewsApp, pilot) -> ItemList:  # type: ignore[no-untyped-def]
    items = app.screen.query_one(ItemList)
    row = row_with_guid(items, "hostile-1")
    items.select_row(row)
    await press(pilot, "enter")
    return items


async def test_hostile_title_shows_literally_in_every_pane(app: NewsApp) -> None:
    async with running(app, (200, 50)) as pilot:
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
    # A click runs what the style of the cell under the mouse names (its "@click" meta), so
    # text that carries no such meta anywhere on screen cannot run an action when clicked.
    async with running(app, (200, 50)) as pilot:
        await open_hostile(app, pilot)
        lines = screen_lines(app)
        actions = [
            (y, segment.text, segment.style.meta)
            for y, line in enumerate(lines)
            for segment in line
            if segment.style is not None and any(key.startswith("@") for key in segment.style.meta)
        ]
        assert actions == []
        # The action markup is shown as text in each pane: the feed list, the item list, the
        # article (headline, byline, body, links), each where its widget is.
        trap = "[@click=app.quit]"
        places = [(line.text.index(trap), y) for y, line in enumerate(lines) if trap in line.text]
        panes = {type(app.screen.get_widget_at(x, y)[0]).__name__ for x, y in places}
        assert {"FeedList", "ItemList", "Block"} <= panes, panes
        # One click on each: on the word the markup would have made a link to quit.
        for x, y in places:
            await pilot.click(offset=(x + len(trap), y))
        await settle(pilot)
        assert app.is_running
        assert app.return_code is None


async def test_feed_error_is_shown_as_text(app: NewsApp) -> None:
    async with running(app, (160, 48)) as pilot:
        feeds = app.screen.query_one(FeedList)
        feeds.focus()
        feeds.highlighted = feeds.get_option_index(f"feed:{HOSTILE}")
        await settle(pilot)  # one pause was not always enough at load 11 (the notice was still empty)
        assert feeds.highlighted == feeds.get_option_index(f"feed:{HOSTILE}")
        assert "server said [bold]500[/bold]" in app.screen.status.notice
        assert "✗" in feeds.get_option(f"feed:{HOSTILE}").prompt.plain
        await pilot.press("e")
        await pilot.pause()
        toasts = list(app._notifications)
        assert any("server said [bold]500[/bold]" in n.message and "HTTP 500" in n.message for n in toasts)
