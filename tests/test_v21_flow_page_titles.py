"""The Speakers, Stories and quote search pages open with a title row that names their keys.
At 80 columns the Speakers title took two rows (its last word alone on the second), pushing
the list down a row; a long rebound key or search could do the same on any of the pages.
Each title is one row: whole at 80 columns with the default keys, cut with an ellipsis
rather than wrapped when it cannot fit."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label

from newstui.config import load_config
from ui_helpers import Seeded, app_for, build_store, make_app, press, running, write_config


def title_of(app) -> Label:  # type: ignore[no-untyped-def]
    return app.screen.query_one(".whosaid-title", Label)


@pytest.mark.parametrize(("key", "ends"), [("W", "Esc: back)"), ("T", "Esc: back)")])
async def test_a_page_title_is_one_whole_row_at_80_columns(seeded: Seeded, key: str, ends: str) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        await press(pilot, key)
        title = title_of(app)
        assert title.region.height == 1
        assert str(title.render()).endswith(ends)
        assert len(str(title.render())) + 2 <= 80  # the row shows all of it, padding included


async def test_a_long_search_keeps_the_quote_search_title_on_one_row(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        await press(pilot, "slash")
        for character in '"' + "treaty " * 12:
            await pilot.press({" ": "space", '"': "quotation_mark"}.get(character, character))
        await press(pilot, "enter")
        assert title_of(app).region.height == 1


async def test_a_long_rebound_key_keeps_the_speakers_title_on_one_row(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml", keys={"speakers.rename": "ctrl+shift+f12"})
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app, size=(80, 24)) as pilot:
        await press(pilot, "W")
        assert title_of(app).region.height == 1
