"""A feed removed from the config: its unread bookmarked items are in Bookmarks and All,
not in Unread, so the Unread list and the Unread count (the sum of the listed feeds'
counts) agree. Before, the list had them and the count did not."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from newstui.config import load_config
from newstui.model import ItemFilter
from newstui.ui.app import NewsApp
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import TECH, clock, press, running, seed


async def test_unread_list_and_count_agree_after_a_feed_is_removed(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    config = load_config(seeded.config_path)
    config = replace(config, feeds=tuple(feed for feed in config.feeds if feed.url != TECH))
    bookmarked = seeded.ids["tech-1"]  # unread and bookmarked, in the feed now removed
    app = NewsApp(config, seeded.db, clock=clock)
    async with running(app) as pilot:
        screen = app.main_screen
        feeds = screen.query_one(FeedList)
        items = screen.query_one(ItemList)
        label = str(feeds.get_option("unread").prompt)
        shown = int(label.rsplit("(", 1)[1].rstrip(")"))

        screen.item_filter = ItemFilter("unread")
        await press(pilot)
        assert items.count == shown, (label, items.count)
        listed = {item.id for item in screen.library.page(ItemFilter("unread"), 0, 1000)}
        assert bookmarked not in listed and len(listed) == shown

        for kind in ("bookmarks", "all"):
            assert bookmarked in {item.id for item in screen.library.page(ItemFilter(kind), 0, 1000)}, kind
        # A on Unread marks what Unread lists, nothing of the removed feed.
        assert bookmarked not in screen.library.unread_ids(ItemFilter("unread"))
