"""newsboat's keys that are bound to nothing here (its filters f and F, the command line
`:`, delete D, random unread ctrl+k, links by number, and vim's h) said nothing when
pressed, so a newsboat hand could not tell a missed key from a missing one. Each now says
what does its job here, with the keys as the user has bound them; a key the user binds to
something does that, and says nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.ui.widgets.item_list import ItemList
from ui_helpers import Seeded, app_for, build_store, make_app, press, running, write_config


@pytest.mark.parametrize(
    ("key", "says"),
    [
        ("F", "[[filters]]"),
        ("f", "[[filters]]"),
        ("colon", "command palette"),
        ("D", "hides read items"),
        ("ctrl+k", "next one"),
        ("3", "lists the article's links"),
        ("h", "q or esc steps back"),
    ],
)
async def test_a_newsboat_key_bound_to_nothing_says_what_does_its_job(seeded: Seeded, key: str, says: str) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        screen = app.main_screen
        assert isinstance(screen.focused, ItemList)
        await press(pilot, key)
        assert says in screen.status.notice
        assert app.is_running and screen.open_item is None  # and it did nothing else


async def test_the_hint_names_the_keys_as_rebound(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml", keys={"app.commands": "f2"})
    db = tmp_path / "news.db"
    from newstui.config import load_config

    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app) as pilot:
        await press(pilot, "colon")
        assert "f2 opens the command palette" in app.main_screen.status.notice


async def test_a_key_the_user_binds_does_its_job_without_the_hint(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml", keys={"items.hide-read": "D"})
    db = tmp_path / "news.db"
    from newstui.config import load_config

    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "D")
        assert screen.hide_read
        assert "deleted" not in screen.status.notice


def test_no_hint_is_for_a_key_bound_by_default() -> None:
    # The reader's own panes, where the hints are given (the links list binds 1 … 9).
    from newstui.ui import bindings
    from newstui.ui.keys import NEWSBOAT_HINTS, merged_bindings, unbound_key_hint

    panes = (
        bindings.APP,
        bindings.MAIN,
        bindings.FEED_LIST,
        bindings.ITEM_LIST,
        bindings.ARTICLE,
        bindings.QUOTE_SIDEBAR,
    )
    bound = {key for pane in panes for key in merged_bindings(pane)}
    assert {"j", "q", "escape", "left", "ctrl+p"} <= bound
    assert not bound & set(NEWSBOAT_HINTS)
    assert unbound_key_hint("j", lambda binding_id, default: default) is None
