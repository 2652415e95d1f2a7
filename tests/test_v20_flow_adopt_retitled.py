"""A re-keyed story whose headline was also edited (new guid, new title; same link, same
date from the feed, same text) is the old item, not a second one: it keeps the old item's
id, read state, bookmark and article, and takes the new title. Only when the link is the
story's own: a link the feed gives other items too (its home page, a shared notices page)
tells nothing, so two stories there stay two. Real Store on a database file under tmp_path.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newstui.model import Article, ItemFilter, ParsedItem
from newstui.store import Store

FEED = "https://harbour.example/feed.xml"
DAY = datetime(2026, 11, 2, 8, 30, tzinfo=UTC)
TEXT = "The ferry to the outer islands will run twice a day from Monday."


def story(
    guid: str, title: str, *, link: str = "https://harbour.example/news/ferry-times", text: str = TEXT
) -> ParsedItem:
    return ParsedItem(title=title, link=link, guid=guid, summary=text, published=DAY)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "news.db")
    yield opened
    opened._conn.execute("INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")
    opened.close()


def listed(store: Store) -> list[tuple[int, str, str, bool, bool]]:
    items = store.items(ItemFilter("feed", FEED), limit=100)
    return sorted((i.id, i.guid or "", i.title, i.read, i.bookmarked) for i in items)


def test_a_re_keyed_story_with_an_edited_title_keeps_its_item_read_mark_and_bookmark(store: Store) -> None:
    store.upsert_items(FEED, [story("cms-1:4411", "Ferry timetable changes")])
    (old,) = store.items(ItemFilter("feed", FEED), limit=10)
    store.set_read(old.id)
    store.set_bookmarked(old.id, True)
    store.save_article(old.id, Article(headline="Ferry timetable changes", source="page"), 1)

    # The CMS moved (new guids) and the desk sharpened the headline on the same day.
    new = store.upsert_items(FEED, [story("cms-2:ferry-times", "Ferry to run twice a day from Monday")])

    assert new == 0
    assert listed(store) == [(old.id, "cms-2:ferry-times", "Ferry to run twice a day from Monday", True, True)]
    # The bookmarked item keeps the article it was bookmarked with (as for an edit in place).
    assert store.article(old.id) is not None and not store.article_edited(old.id)
    # Found by its new title, not by the old one.
    assert [i.id for i in store.items(ItemFilter("search", "twice"), limit=10)] == [old.id]
    assert store.items(ItemFilter("search", "timetable"), limit=10) == []


def test_a_retitled_story_not_bookmarked_has_its_page_fetched_again(store: Store) -> None:
    # A new headline most likely means an edited page: as for an item edited in place, the
    # cached page stays shown until the next article pass fetches it again.
    store.upsert_items(FEED, [story("cms-1:4411", "Ferry timetable changes")])
    (old,) = store.items(ItemFilter("feed", FEED), limit=10)
    store.save_article(old.id, Article(headline="Ferry timetable changes", source="page"), 1)
    assert store.upsert_items(FEED, [story("cms-2:ferry-times", "Ferry to run twice a day from Monday")]) == 0
    assert store.article(old.id) is not None and store.article_edited(old.id)


def test_the_fold_never_takes_a_bookmark_from_an_item_still_in_the_feed(store: Store) -> None:
    # The old item is still in the document: it is not a story that changed its guid.
    store.upsert_items(FEED, [story("a", "Ferry timetable changes")])
    (old,) = store.items(ItemFilter("feed", FEED), limit=10)
    store.set_bookmarked(old.id, True)
    assert store.upsert_items(FEED, [story("a", "Ferry timetable changes"), story("b", "Ferry times, again")]) == 1
    assert [(guid, bookmarked) for _, guid, _, _, bookmarked in listed(store)] == [("a", True), ("b", False)]


def test_stories_sharing_the_feeds_home_page_link_stay_two(store: Store) -> None:
    # Every item links to the home page: the link says nothing about which story it is.
    home = "https://harbour.example/"
    store.upsert_items(
        FEED, [story("n1", "Harbour notice", link=home), story("n0", "Older notice", link=home, text="x")]
    )
    morning = next(i for i in store.items(ItemFilter("feed", FEED), limit=10) if i.guid == "n1")
    store.set_read(morning.id)
    store.set_bookmarked(morning.id, True)
    assert store.upsert_items(FEED, [story("n2", "Pier closed for repairs", link=home)]) == 1
    states = {guid: (read, bookmarked) for _, guid, _, read, bookmarked in listed(store)}
    assert states == {"n0": (False, False), "n1": (True, True), "n2": (False, False)}


def test_a_changed_title_without_text_to_tell_it_by_stays_a_new_item(store: Store) -> None:
    store.upsert_items(FEED, [story("t1", "Ferry timetable changes", text="")])
    (old,) = store.items(ItemFilter("feed", FEED), limit=10)
    store.set_read(old.id)
    assert store.upsert_items(FEED, [story("t2", "Ferry to run twice a day", text="")]) == 1


def test_a_changed_title_on_another_date_stays_a_new_item(store: Store) -> None:
    store.upsert_items(FEED, [story("d1", "Ferry timetable changes")])
    later = story("d2", "Ferry timetable changes again")
    later = ParsedItem(
        title=later.title, link=later.link, guid=later.guid, summary=TEXT, published=datetime(2026, 11, 3, tzinfo=UTC)
    )
    assert store.upsert_items(FEED, [later]) == 1


def test_an_unchanged_title_still_wins_over_a_retitled_match(store: Store) -> None:
    # Two stories left the document; a new row fits one by its title (the rule before) and
    # the other only by its link: it takes the one whose title it has, as before.
    link = "https://harbour.example/news/ferry-times"
    store.upsert_items(FEED, [story("x1", "Ferry timetable changes"), story("x2", "Ferry notice", link=link + "?v=2")])
    by_guid = {i.guid: i.id for i in store.items(ItemFilter("feed", FEED), limit=10)}
    assert store.upsert_items(FEED, [story("y1", "Ferry notice", link=link)]) == 0
    kept = {guid: title for _, guid, title, _, _ in listed(store)}
    assert kept == {"x1": "Ferry timetable changes", "y1": "Ferry notice"}
    assert by_guid["x2"] in [i for i, guid, *_ in listed(store) if guid == "y1"]


def test_new_stories_do_not_each_read_the_feeds_history(tmp_path: Path) -> None:
    # Every new dated story that fits no old title is a retitled candidate: looking for its
    # old self must stay an index probe, not a pass over the feed's items per new story.
    from datetime import timedelta

    from store_helpers import sqlite_steps

    def dated(guid: str, minutes: int) -> ParsedItem:
        link = f"https://harbour.example/{guid}"
        return ParsedItem(title=guid, link=link, guid=guid, summary=TEXT, published=DAY - timedelta(minutes=minutes))

    costs = []
    for new in (1, 20):
        with Store.open(tmp_path / f"cache{new}.db") as store:
            store.upsert_items(FEED, [dated(f"old-{n}", n + 100) for n in range(2000)])
            fresh = [dated(f"new-{n}", -n) for n in range(new)]
            costs.append(sqlite_steps(store, lambda: store.upsert_items(FEED, fresh)))  # noqa: B023
    one, twenty = costs
    assert twenty < 3 * one, costs
