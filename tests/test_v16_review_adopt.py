"""Review of the undated branch of `Writes._adopt_renamed` (an undated item that comes back
under a new guid is folded into the old one): what it must not fold. Real SQLite file."""

from __future__ import annotations

from pathlib import Path

from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store

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
