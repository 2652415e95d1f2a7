"""Keys typed ahead into an item list that is still loading wait for its rows; they are
meant for that list only. When the focus leaves it before the rows come (Enter, Enter,
Tab in one burst), or the list cannot be read, the keys held for it are dropped: a
held Enter opened an item after the reader had moved on, and a G held while the count
failed kept every later key held behind it until another list was chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

from burst_helpers import burst
from newstui.errors import StoreError
from newstui.service import ItemFilter, Library
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.item_list import PAGE, ItemList
from screen_helpers import on_feed
from ui_helpers import TECH, WORLD, Seeded, app_for, build_store, make_app, press, running, settle, write_config


async def test_enter_enter_tab_opens_nothing_once_the_focus_has_left(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await on_feed(pilot, app, WORLD)
        screen = app.main_screen
        assert screen.open_item is None
        burst(app, "enter", "enter", "tab")
        await settle(pilot)
        assert screen.item_filter == ItemFilter("feed", WORLD)
        assert isinstance(app.focused, ArticleView)
        assert screen.open_item is None  # the Enter held for the list was not replayed


async def test_enter_j_still_moves_in_the_list_it_opened(seeded: Seeded) -> None:
    """The keys typed ahead still reach the list while it keeps the focus."""
    app = make_app(seeded)
    async with running(app) as pilot:
        await on_feed(pilot, app, WORLD)
        burst(app, "enter", "j", "j", "enter")
        await settle(pilot)
        screen = app.main_screen
        assert isinstance(app.focused, ItemList)
        assert screen.item_list.cursor == 2
        assert screen.open_item is not None


def _count_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """The database refuses to count (say, locked by another program): the first page reads."""

    def refuse(self: Library, item_filter: ItemFilter, hide_read: bool = False) -> int:
        raise StoreError("news.db", "database is locked")

    monkeypatch.setattr(Library, "count", refuse)


async def test_a_failed_count_drops_the_keys_held_behind_g(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    from newstui.config import load_config

    build_store(db, load_config(config_path), extra_world=PAGE + 20)
    app = app_for(config_path, db)
    async with running(app) as pilot:
        await on_feed(pilot, app, WORLD)
        _count_fails(monkeypatch)
        burst(app, "enter", "G")
        await settle(pilot)
        items = app.main_screen.item_list
        assert isinstance(app.focused, ItemList)
        assert items.count == PAGE  # the first page is shown; the count failed
        await press(pilot, "j")
        assert items.cursor == 1  # j acts: it no longer waits behind the held G
        await press(pilot, "G")
        assert items.cursor == PAGE - 1  # G goes to the last row the list has


async def test_a_list_that_cannot_be_read_says_so_and_keys_act(seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    """A list reopened on its kept place counts first: when that fails nothing of it is read.
    It said "No items yet: R refreshes the feeds." (or showed the last list's length), and
    every key typed at it was held for rows that never came."""
    app = make_app(seeded)
    async with running(app) as pilot:
        await on_feed(pilot, app, WORLD)
        await press(pilot, "enter", "j", "j")  # WORLD keeps its place (row 2)
        await on_feed(pilot, app, TECH)
        await press(pilot, "enter")
        await on_feed(pilot, app, WORLD)
        _count_fails(monkeypatch)
        burst(app, "enter", "j")
        await settle(pilot)
        items = app.main_screen.item_list
        assert isinstance(app.focused, ItemList)
        assert items.count == 0
        assert items.empty_hint().startswith("The items could not be read")
        assert items._typed_ahead == []
        await press(pilot, "j", "k")
        assert items._typed_ahead == []  # acted (on nothing), not held
