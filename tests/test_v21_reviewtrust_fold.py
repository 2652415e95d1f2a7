"""Folds of re-keyed items across an upgrade. A newstui from before links were read with their
scheme and host in lower case stored each item's link as the feed spelt it
("https://Roads.Example/…"); the key of an item with a guid kept that link as it was (only
"l:" keys were rewritten by the schema step). A feed that gives its notices a new guid at
every refresh, dates them by the day and carries no text is folded by its title, date and
own link since version 21: the first refresh after the upgrade compared the stored spelling
with the new one, found no own link in common, and listed every such notice twice, the read
and bookmarked copy beside an unread one. Real Store on a database file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store

FEED = "https://roads.example/feed.xml"
DAY = datetime(2026, 11, 2, tzinfo=UTC)  # dated by the day only


def alert(guid: str, link: str) -> ParsedItem:
    return ParsedItem(title="Traffic alert", link=link, guid=guid, published=DAY)


def test_a_rekeyed_notice_stored_by_an_older_newstui_with_a_mixed_case_host_folds(tmp_path: Path) -> None:
    with Store.open(tmp_path / "news.db") as store:
        # As the older newstui stored it: the link as the feed spelt it.
        store.upsert_items(FEED, [alert("a-1", "https://Roads.Example/alerts/4411")])
        (first,) = store.items(ItemFilter("feed", FEED), limit=10)
        store.set_read(first.id)
        store.set_bookmarked(first.id, True)
        # The upgraded newstui's parser gives the host in lower case; the guid changed.
        assert store.upsert_items(FEED, [alert("a-2", "https://roads.example/alerts/4411")]) == 0
        shown = [(i.id, i.read, i.bookmarked) for i in store.items(ItemFilter("feed", FEED), limit=10)]
        assert shown == [(first.id, True, True)]


def test_two_alerts_of_one_day_with_their_own_links_stay_two(tmp_path: Path) -> None:
    # What the fold must still not do: another alert of the same day (its own page) is another story.
    with Store.open(tmp_path / "news.db") as store:
        store.upsert_items(FEED, [alert("a-1", "https://Roads.Example/alerts/4411")])
        (first,) = store.items(ItemFilter("feed", FEED), limit=10)
        store.set_read(first.id)
        assert store.upsert_items(FEED, [alert("a-2", "https://roads.example/alerts/4412")]) == 1
        shown = {(i.link, i.read) for i in store.items(ItemFilter("feed", FEED), limit=10)}
        assert shown == {("https://Roads.Example/alerts/4411", True), ("https://roads.example/alerts/4412", False)}
