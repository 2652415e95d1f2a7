"""The links list (`l`) and the attachments list (`E`) move with j and k, as every other
list of the reader does. Both answered the arrows only: a j there did nothing, and in the
attachments Enter then played the first file, not the one the reader had moved to."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.widgets import OptionList

from newstui.model import Enclosure, ParsedItem
from newstui.store import Store
from newstui.ui.screens.enclosures import EnclosuresScreen
from newstui.ui.screens.links import LinksScreen
from ui_helpers import NOW, WORLD, Seeded, make_app, open_guid, press, running


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_j_and_k_move_in_the_links_list(seeded: Seeded, size: tuple[int, int]) -> None:
    app = make_app(seeded)
    async with running(app, size=size) as pilot:
        await open_guid(app, pilot, "world-0")  # its article has two links
        await press(pilot, "l")
        assert isinstance(app.screen, LinksScreen)
        links = app.screen.query_one(OptionList)
        assert links.highlighted == 0
        await press(pilot, "j")
        assert links.highlighted == 1
        await press(pilot, "k")
        assert links.highlighted == 0


async def test_j_moves_in_the_attachments_and_enter_plays_that_one(seeded: Seeded) -> None:
    with Store.open(seeded.db) as store:
        store.upsert_items(
            WORLD,
            [
                ParsedItem(
                    "A podcast of the river talks",
                    guid="pod-1",
                    link="http://news.test/pod/1",
                    published=NOW - timedelta(minutes=5),
                    enclosures=(
                        Enclosure("http://media.test/first.mp3", "audio/mpeg", 1000),
                        Enclosure("http://media.test/second.mp3", "audio/mpeg", 2000),
                    ),
                )
            ],
        )
    app = make_app(seeded, player=["true", "%u"])  # a player that starts and ends at once
    async with running(app) as pilot:
        await open_guid(app, pilot, "pod-1")
        await press(pilot, "E")
        screen = app.screen
        assert isinstance(screen, EnclosuresScreen)
        listing = screen.query_one(OptionList)
        assert listing.highlighted == 0
        await press(pilot, "j")
        assert listing.highlighted == 1
        await press(pilot, "k", "j")
        assert listing.highlighted == 1
        await press(pilot, "enter")
        assert "Playing http://media.test/second.mp3" in app.main_screen.status.notice
