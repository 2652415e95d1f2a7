"""A question or a list over the reader shows its own keys in the footer. While the
mark-all-read question was up the footer still offered the item list's keys ("n Next
unread", "b Bookmark"), which only answered the question no; the links list, the
attachments, the search box and the outlets list did the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.screen import Screen

from newstui.config import load_config
from newstui.service import ItemFilter
from newstui.store import Store
from newstui.ui.app import NewsApp
from newstui.ui.screens.confirm import ConfirmScreen
from newstui.ui.screens.links import LinksScreen
from newstui.ui.screens.search import SearchScreen
from newstui.ui.widgets.key_footer import KeyFooter, is_footer_key
from ui_helpers import Seeded, clock, make_app, press, running, write_config


def unread_guids(db: Path) -> set[str]:
    with Store.open(db) as store:
        return {item.guid or "" for item in store.items(ItemFilter("unread"), limit=None)}


def footer_keys(screen: Screen[Any]) -> list[tuple[str, str]]:
    """(key, description) of the footer keys the top screen shows."""
    footers = list(screen.query(KeyFooter))
    assert footers, f"{type(screen).__name__} has no footer of its own"
    return [(key.key_display, key.description) for key in footers[0].children if is_footer_key(key)]


async def test_the_mark_all_read_question_shows_its_own_keys(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "A")
        assert isinstance(app.screen, ConfirmScreen)
        keys = footer_keys(app.screen)
        assert keys == [("y", "Yes"), ("n", "No")]
        assert "Next unread" not in {description for _, description in keys}
        await press(pilot, "n")
        assert not isinstance(app.screen, ConfirmScreen)
        assert app.main_screen.status.notice == "Nothing marked read."


async def test_links_and_search_show_their_own_keys(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "j", "enter", "l")  # the treaty article has links
        assert isinstance(app.screen, LinksScreen)
        assert footer_keys(app.screen) == [("esc", "Close")]
        await press(pilot, "escape", "slash")
        assert isinstance(app.screen, SearchScreen)
        assert footer_keys(app.screen) == [("esc", "Cancel")]


async def test_a_rebound_yes_key_answers_and_is_shown(seeded: Seeded, tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path / "rebound.toml", keys={"confirm.yes": "j"}))
    app = NewsApp(config, seeded.db, clock=clock)
    before = unread_guids(seeded.db)
    async with running(app) as pilot:
        await press(pilot, "A")
        assert isinstance(app.screen, ConfirmScreen)
        assert ("j", "Yes") in footer_keys(app.screen)
        assert str(app.screen.query_one("#confirm-keys").render()).startswith("j: yes")
        await press(pilot, "y")  # no longer a yes key: it says no
        assert unread_guids(seeded.db) == before
        await press(pilot, "A", "j")
        assert unread_guids(seeded.db) == set()
