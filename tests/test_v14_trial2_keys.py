"""Keys a first-time user tries from the README where they did nothing and said nothing.

README names `a` right after `s` ("s toggles the quotes (a on a quote lists the other
outlets carrying it)"), so `a` gets pressed in the article: it says where it works. In the
quote sidebar with nothing highlighted it says so too.
"""

from __future__ import annotations

from pathlib import Path

from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.item_list import ItemList
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from ui_helpers import make_app, press, running, seed, write_config


async def test_a_outside_the_quote_sidebar_says_where_it_works(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.query_one(ItemList)
        items.focus()
        world = screen.library.item(seeded.ids["world-0"])
        assert world is not None
        items.go_to(world)
        await press(pilot, "enter")
        assert screen.open_item is not None and screen.open_item.id == world.id
        screen.query_one(ArticleView).focus()
        await press(pilot, "a")
        assert "quote sidebar" in screen.status.notice
        assert "tab to them" in screen.status.notice and "then a" in screen.status.notice
        await press(pilot, "s")  # the sidebar hidden: the notice names s first
        assert not screen.quote_sidebar.display
        await press(pilot, "a")
        assert "press s for the quotes" in screen.status.notice


async def test_a_rebound_is_named_as_rebound(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    write_config(seeded.config_path, keys={"quotes.outlets": "O"})  # the user's [keys]
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        screen.query_one(ItemList).focus()
        await press(pilot, "O")
        assert screen.status.notice.startswith("O lists the other outlets")
        await press(pilot, "a")
        assert "outlets" not in screen.status.notice


async def test_a_in_an_empty_quote_sidebar_says_there_is_no_quote(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    app = make_app(seeded)
    async with running(app) as pilot:
        sidebar = app.main_screen.query_one(QuoteSidebar)
        assert sidebar.display and not sidebar.quotes
        sidebar.focus()
        await press(pilot, "a")
        assert any("No quote here" in n.message for n in app._notifications)
