"""m with the feed list focused marks no item and names what marks the highlighted row read.
It said "A marks the whole feed read" on every row: on a tag A marks the tag, on All every
feed, and on the Speakers and Stories entries A marks nothing at all (it says so)."""

from __future__ import annotations

import pytest

from newstui.model import ItemFilter
from ui_helpers import Seeded, make_app, press, running


@pytest.mark.parametrize(
    ("row", "said"),
    [
        (ItemFilter("feed", "http://feeds.test/world.xml"), "; A marks World Desk read."),
        (ItemFilter("tag", "tech"), "; A marks tag tech read."),
        (ItemFilter("all"), "; A marks all feeds read."),
    ],
)
async def test_m_in_the_feed_list_names_what_a_marks_read(seeded: Seeded, row: ItemFilter, said: str) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "q")
        screen.feed_list.highlight_filter(row)
        await press(pilot, "m")
        assert screen.status.notice.endswith(said), screen.status.notice


async def test_m_on_the_speakers_entry_does_not_offer_a(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "q")
        feeds = screen.feed_list
        feeds.highlighted = feeds.get_option_index("view:speakers")
        await press(pilot, "m")
        assert screen.status.notice == "m marks an item: highlight one in the item list (tab)."
        await press(pilot, "A")  # A there marks nothing either, as it says
        assert "no items to mark read" in screen.status.notice
