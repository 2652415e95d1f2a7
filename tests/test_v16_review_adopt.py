"""Review of the undated branch of `Writes._adopt_renamed` (an undated item that comes back
under a new guid is folded into the old one): what it must not fold. Real SQLite file."""

from __future__ import annotations

from pathlib import Path

from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store
from store_helpers import sqlite_steps

FEED = "http://status.test/feed"


def test_undated_items_with_only_a_title_in_common_stay_two(tmp_path: Path) -> None:
    # A status feed: no dates, no links, no text, a new guid per event. "Service restored"
    # today is not the "Service restored" of last week the user already read: with nothing
    # but the title to tell them by, it must come as a new, unread item.
    with Store.open(tmp_path / "cache.db") as store:
        store.upsert_items(FEED, [ParsedItem(title="Service restored", guid="event-1")])
        (old,) = store.items(ItemFilter("feed", FEED), limit=None)
        store.set_read(old.id, True)
        new = store.upsert_items(FEED, [ParsedItem(title="Service restored", guid="event-2")])
        assert new == 1
        items = store.items(ItemFilter("feed", FEED), limit=None)
        assert sorted((item.guid or "", item.read) for item in items) == [("event-1", True), ("event-2", False)]


def test_undated_items_with_the_same_link_are_one(tmp_path: Path) -> None:
    # The guid changed, the link did not: the same story (what the branch is for).
    with Store.open(tmp_path / "cache.db") as store:
        store.upsert_items(FEED, [ParsedItem(title="Opening hours", guid="a", link="http://status.test/hours")])
        new = store.upsert_items(FEED, [ParsedItem(title="Opening hours", guid="b", link="http://status.test/hours")])
        assert new == 0


def test_new_undated_items_do_not_each_read_the_feeds_history(tmp_path: Path) -> None:
    # An undated feed with a long history: each new item looked for its old self through
    # every item of the feed (30 new items into 5,000: 0.23 s a refresh, 200 times the rest
    # of the write). Looking once per feed, the cost no longer grows with the new items.
    costs = []
    for new in (1, 20):
        with Store.open(tmp_path / f"cache{new}.db") as store:
            store.upsert_items(FEED, [ParsedItem(title=f"Old {n}", guid=f"o{n}", summary="Text") for n in range(2000)])
            fresh = [ParsedItem(title=f"New {n}", guid=f"n{n}", summary="Other") for n in range(new)]
            costs.append(sqlite_steps(store, lambda: store.upsert_items(FEED, fresh)))  # noqa: B023
    one, twenty = costs
    assert twenty < 3 * one, costs
