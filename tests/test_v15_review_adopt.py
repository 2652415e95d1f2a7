"""A re-keyed story takes over its old item (store.writes `_adopt_renamed`) only when it
is plainly the same story: a different story that happens to share a title and a date
with an item the feed no longer lists never receives that item's read state, bookmark
or article. Real Store on a database file under tmp_path.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store

FEED = "https://desk.example/feed.xml"
# A feed that dates its items by the day only: two stories of one day share the date.
DAY = datetime(2026, 10, 5, tzinfo=UTC)


def letters(guid: str, text: str) -> ParsedItem:
    return ParsedItem(title="Letters", link=f"https://desk.example/{guid}", guid=guid, summary=text, published=DAY)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "news.db")
    yield opened
    opened._conn.execute("INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")
    opened.close()


def state(store: Store) -> dict[str, tuple[bool, bool]]:
    return {i.guid or "": (i.read, i.bookmarked) for i in store.items(ItemFilter("feed", FEED), limit=100)}


def test_a_new_story_of_the_same_title_and_day_is_not_given_the_trimmed_ones_state(store: Store) -> None:
    # The feed keeps one item: the morning's letters, read and bookmarked ...
    store.upsert_items(FEED, [letters("letters-am", "Readers on the ferry timetable.")])
    (morning,) = store.items(ItemFilter("feed", FEED), limit=10)
    store.set_read(morning.id)
    store.set_bookmarked(morning.id, True)
    # ... then the evening's letters push it out of the document.
    assert store.upsert_items(FEED, [letters("letters-pm", "Readers on the new pier.")]) == 1
    assert state(store) == {"letters-am": (True, True), "letters-pm": (False, False)}


def test_two_new_rows_that_fit_one_vanished_item_take_it_over_neither(store: Store) -> None:
    store.upsert_items(FEED, [letters("old", "Same text.")])
    (old,) = store.items(ItemFilter("feed", FEED), limit=10)
    store.set_read(old.id)
    assert store.upsert_items(FEED, [letters("new-1", "Same text."), letters("new-2", "Same text.")]) == 2
    assert state(store) == {"old": (True, False), "new-1": (False, False), "new-2": (False, False)}


def test_a_re_keyed_story_with_its_text_still_keeps_its_state(store: Store) -> None:
    store.upsert_items(FEED, [letters("http://desk.example/?p=7", "Readers on the ferry timetable.")])
    (old,) = store.items(ItemFilter("feed", FEED), limit=10)
    store.set_read(old.id)
    store.set_bookmarked(old.id, True)
    assert store.upsert_items(FEED, [letters("https://desk.example/letters-7", "Readers on the ferry timetable.")]) == 0
    (kept,) = store.items(ItemFilter("feed", FEED), limit=10)
    assert (kept.id, kept.guid, kept.read, kept.bookmarked) == (old.id, "https://desk.example/letters-7", True, True)


def test_a_guidless_item_whose_link_a_second_item_now_shares_stays_itself(store: Store) -> None:
    # Without guids, items sharing one link are keyed by link and date (feeds/parse), so
    # the first one's key changes when a second item with its link appears.
    from newstui.feeds.parse import parse_feed

    def notices(*days: int) -> bytes:
        entries = "".join(
            f"<item><title>Notice</title><link>https://desk.example/notices</link>"
            f"<description>Notice of the {day}th.</description>"
            f"<pubDate>{['Mon', 'Tue'][day - 5]}, 0{day} Oct 2026 09:00:00 GMT</pubDate></item>"
            for day in days
        )
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
            f"<link>https://desk.example/</link><description>d</description>{entries}</channel></rss>"
        ).encode()

    store.upsert_items(FEED, parse_feed(notices(5), FEED).items)
    (first,) = store.items(ItemFilter("feed", FEED), limit=10)
    store.set_read(first.id)
    store.set_bookmarked(first.id, True)
    assert store.upsert_items(FEED, parse_feed(notices(6, 5), FEED).items) == 1
    items = store.items(ItemFilter("feed", FEED), limit=10)
    states = {i.summary: (i.id == first.id, i.read, i.bookmarked) for i in items}
    assert states == {"Notice of the 5th.": (True, True, True), "Notice of the 6th.": (False, False, False)}
