"""The SQLite store, on real database files under tmp_path."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newstui.errors import StoreError
from newstui.model import (
    Article,
    FeedConfig,
    FeedUpdate,
    Image,
    Item,
    ItemFilter,
    Link,
    ParsedItem,
    Quote,
    Section,
)
from newstui.store import Store, article_from_json, article_to_json, fts_query
from newstui.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate

A = "https://a.example/feed.xml"
B = "https://b.example/rss"
C = "https://c.example/atom"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def entry(n: int, **changes: object) -> ParsedItem:
    values: dict[str, object] = {
        "title": f"Story {n}",
        "link": f"https://a.example/{n}",
        "guid": f"urn:story:{n}",
        "summary": f"Summary of story {n}",
        "published": T0 + timedelta(hours=n),
    }
    values.update(changes)
    return ParsedItem(**values)  # type: ignore[arg-type]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "newstui.db"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    opened = Store.open(db)
    yield opened
    # Every test also checks that the full-text index agrees with the items.
    opened._conn.execute("INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")
    opened.close()


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


# -- opening ------------------------------------------------------------------


def test_open_creates_parent_dirs_wal_and_marks(db: Path) -> None:
    assert not db.parent.exists()
    with Store.open(db) as store:
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    check = raw(db)
    assert check.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    check.close()


def test_reopen_keeps_data(db: Path) -> None:
    with Store.open(db) as store:
        store.upsert_items(A, [entry(1)])
    with Store.open(db) as store:
        assert [i.title for i in store.items()] == ["Story 1"]


def assert_refused(path: Path, words: str) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert str(path) in str(caught.value)
    assert words in caught.value.message
    assert path.read_bytes() == before


def test_non_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newstui.db"
    path.write_bytes(b"<html>not a database</html>\n" * 50)
    assert_refused(path, "not an SQLite database")


def test_corrupted_file_is_refused_and_untouched(db: Path) -> None:
    with Store.open(db) as store:
        store.upsert_items(A, [entry(n) for n in range(200)])
    data = bytearray(db.read_bytes())
    # Keep the header, smash the schema page and everything after it.
    data[100:] = bytes((i * 7 + 3) % 256 for i in range(len(data) - 100))
    db.write_bytes(bytes(data))
    for side in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        side.unlink(missing_ok=True)
    assert_refused(db, "corrupted")


def test_foreign_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = raw(path)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO songs (name) VALUES ('x')")
    conn.close()
    assert_refused(path, "not a newstui database")


def test_other_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = raw(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert_refused(path, "application id")


def test_newer_schema_is_refused_and_untouched(db: Path) -> None:
    Store.open(db).close()
    conn = raw(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert_refused(db, "newer newstui")


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Store.open(path) as store:
        assert store.feeds() == []


def test_version_1_database_is_migrated(db: Path) -> None:
    db.parent.mkdir(parents=True)
    conn = raw(db)
    migrate(conn, db, target=1)
    conn.execute("INSERT INTO feeds (url, config_title) VALUES (?, 'Old feed')", (A,))
    conn.execute(
        "INSERT INTO items (feed_id, key, title, summary, published, first_seen, hash, bookmarked)"
        " VALUES (1, 'g:old', 'Zeppelin returns', 'airship news', 1, 1, 0, 1)"
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles'").fetchone()[0] == 0
    conn.close()
    with Store.open(db) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        [item] = store.items(ItemFilter("search", "zeppelin"))
        assert item.bookmarked and item.feed_title == "Old feed"
        store.save_article(item.id, Article(headline="Zeppelin", sections=[Section(None, ["dirigible"])]), 1)
        assert [i.id for i in store.items(ItemFilter("search", "dirigible"))] == [item.id]
        store._conn.execute("INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")


# -- feeds --------------------------------------------------------------------


def test_sync_feeds_titles_tags_and_order(store: Store) -> None:
    store.sync_feeds([FeedConfig(B, title="Bee", tags=("news", "world")), FeedConfig(A)])
    store.record_fetch(A, status=200, title="A's own title", site_url="https://a.example/")
    store.record_fetch(B, status=200, title="B's own title")
    feeds = store.feeds()
    assert [(f.url, f.title, f.tags) for f in feeds] == [
        (B, "Bee", ("news", "world")),
        (A, "A's own title", ()),
    ]
    assert feeds[1].site_url == "https://a.example/"
    store.sync_feeds([FeedConfig(A, tags=("news",)), FeedConfig(B)])
    assert [(f.url, f.title, f.tags) for f in store.feeds()] == [
        (A, "A's own title", ("news",)),
        (B, "B's own title", ()),
    ]


def test_feed_without_any_title_is_named_by_url(store: Store) -> None:
    store.sync_feeds([FeedConfig(C)])
    assert store.feed(C).title == C  # type: ignore[union-attr]


def test_removed_feed_keeps_bookmarks_and_state(store: Store) -> None:
    store.sync_feeds([FeedConfig(A), FeedConfig(B)])
    store.upsert_items(A, [entry(1), entry(2), entry(3)])
    store.upsert_items(B, [entry(10, link="https://b.example/10", guid="b10")])
    kept = store.items(ItemFilter("feed", A))[0]
    store.set_bookmarked(kept.id, True)
    store.set_read([store.items(ItemFilter("feed", A))[1].id])

    store.sync_feeds([FeedConfig(B)])
    assert [f.url for f in store.feeds()] == [B]
    removed = [f for f in store.feeds(include_removed=True) if f.url == A]
    assert removed and not removed[0].in_config and removed[0].total == 3
    # All shows B's item and A's bookmarked one; A's others are hidden.
    assert {i.id for i in store.items()} == {kept.id, store.items(ItemFilter("feed", B))[0].id}
    [bookmark] = store.items(ItemFilter("bookmarks"))
    assert bookmark.id == kept.id and bookmark.bookmarked and bookmark.feed_url == A
    assert store.count_items() == 2

    store.sync_feeds([FeedConfig(A), FeedConfig(B)])
    items = store.items(ItemFilter("feed", A))
    assert len(items) == 3
    assert [i.bookmarked for i in items] == [True, False, False]
    assert [i.read for i in items] == [False, True, False]


def test_record_fetch_and_conditional_get_state(store: Store) -> None:
    store.sync_feeds([FeedConfig(A)])
    assert store.fetch_state(A) == (None, None)
    store.record_fetch(A, status=200, etag='"v1"', last_modified="Mon, 02 Mar 2026 10:00:00 GMT")
    assert store.fetch_state(A) == ('"v1"', "Mon, 02 Mar 2026 10:00:00 GMT")
    first_success = store.feed(A).last_success  # type: ignore[union-attr]
    assert first_success is not None
    store.record_fetch(A, status=304)
    assert store.fetch_state(A) == ('"v1"', "Mon, 02 Mar 2026 10:00:00 GMT")
    store.record_fetch(A, status=500, error="server error 500", ok=False)
    feed = store.feed(A)
    assert feed is not None
    assert (feed.last_status, feed.last_error) == (500, "server error 500")
    assert feed.last_success is not None and feed.last_success >= first_success
    assert store.fetch_state(A) == ('"v1"', "Mon, 02 Mar 2026 10:00:00 GMT")
    assert store.fetch_states() == {A: ('"v1"', "Mon, 02 Mar 2026 10:00:00 GMT")}
    store.record_fetch(A, status=200)
    assert store.fetch_state(A) == (None, None)
    assert store.feed(A).last_error is None  # type: ignore[union-attr]


def test_rename_feed_moves_items_and_keeps_old_url_as_alias(store: Store) -> None:
    store.sync_feeds([FeedConfig(A, title="Mine", tags=("x",))])
    store.upsert_items(A, [entry(1)])
    store.set_bookmarked(store.items()[0].id, True)
    store.rename_feed(A, C)
    assert [f.url for f in store.feeds()] == [C]
    assert store.items(ItemFilter("feed", C))[0].bookmarked
    assert store.feed(A).url == C  # type: ignore[union-attr]
    # The config still says A: it names the same feed, no duplicate appears.
    store.sync_feeds([FeedConfig(A, title="Mine", tags=("x",))])
    assert [(f.url, f.title) for f in store.feeds()] == [(C, "Mine")]


def test_rename_feed_merges_into_existing(store: Store) -> None:
    store.sync_feeds([FeedConfig(A, tags=("a",)), FeedConfig(C, tags=("c",))])
    store.upsert_items(A, [entry(1), entry(2)])
    store.upsert_items(C, [entry(2), entry(3)])
    old_two = next(i for i in store.items(ItemFilter("feed", A)) if i.guid == "urn:story:2")
    store.set_bookmarked(old_two.id, True)
    store.save_article(old_two.id, Article(headline="Two", sections=[Section(None, ["quokka"])]), 3)
    store.rename_feed(A, C)
    assert [f.url for f in store.feeds()] == [C]
    items = store.items(ItemFilter("feed", C))
    assert sorted(i.guid or "" for i in items) == ["urn:story:1", "urn:story:2", "urn:story:3"]
    two = next(i for i in items if i.guid == "urn:story:2")
    assert two.bookmarked
    assert store.article(two.id, 3) == Article(headline="Two", sections=[Section(None, ["quokka"])])
    assert [i.id for i in store.items(ItemFilter("search", "quokka"))] == [two.id]
    assert store.feed(C).tags == ("c", "a")  # type: ignore[union-attr]


def test_apply_updates_follows_a_redirect(store: Store) -> None:
    store.sync_feeds([FeedConfig(A)])
    store.upsert_items(A, [entry(1)])
    counts = store.apply_updates([FeedUpdate(url=A, ok=True, status=200, items=[entry(1), entry(2)], new_url=C)])
    assert counts == {C: 1}
    assert [f.url for f in store.feeds()] == [C]
    assert store.count_items(ItemFilter("feed", C)) == 2


# -- items ------------------------------------------------------------------------


def test_dedup_by_guid_then_link_then_content(store: Store) -> None:
    items = [
        entry(1),
        entry(1, title="Story 1 (updated)"),  # same guid
        entry(2, guid=None),
        entry(2, guid=None, title="Story 2 again"),  # same link
        entry(3, guid=None, link=None),
        entry(3, guid=None, link=None),  # same title and summary
        entry(4, guid=None, link=None, summary="other"),
    ]
    assert store.upsert_items(A, items) == 4
    assert sorted(i.title for i in store.items()) == ["Story 1 (updated)", "Story 2 again", "Story 3", "Story 4"]
    assert store.upsert_items(A, items) == 0
    # The same guid in another feed is another item.
    assert store.upsert_items(B, [entry(1)]) == 1


def test_changed_item_is_updated_in_place_keeping_state(store: Store) -> None:
    store.upsert_items(A, [entry(1), entry(2)])
    one = next(i for i in store.items() if i.guid == "urn:story:1")
    store.set_read([one.id])
    store.set_bookmarked(one.id, True)
    changed = entry(1, title="Story 1: corrected", summary="Now with a walrus")
    assert store.upsert_items(A, [changed, entry(2)]) == 0
    again = store.item(one.id)
    assert again is not None
    assert (again.title, again.summary, again.read, again.bookmarked) == (
        "Story 1: corrected",
        "Now with a walrus",
        True,
        True,
    )
    assert [i.id for i in store.items(ItemFilter("search", "walrus"))] == [one.id]
    assert store.items(ItemFilter("search", "Story 1 corrected"))[0].id == one.id
    assert store.count_items() == 2


def test_published_falls_back_to_first_seen_and_keeps_feed_order(store: Store) -> None:
    before = datetime.now(UTC)
    store.upsert_items(A, [entry(n, published=None) for n in (1, 2, 3)])
    items = store.items()
    assert [i.title for i in items] == ["Story 1", "Story 2", "Story 3"]
    assert all(i.published is not None and i.published >= before - timedelta(seconds=1) for i in items)
    first = items[0].published
    # Seen again later: the first-seen date stays.
    store.upsert_items(A, [entry(1, published=None, summary="edited")])
    assert store.item(items[0].id).published == first  # type: ignore[union-attr]
    # The feed dates it later: the feed's date wins.
    store.upsert_items(A, [entry(1, published=T0)])
    assert store.item(items[0].id).published == T0  # type: ignore[union-attr]


def test_published_keeps_timezone_instant(store: Store) -> None:
    moment = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=-5)))
    store.upsert_items(A, [entry(1, published=moment)])
    published = store.items()[0].published
    assert published == moment and published.utcoffset() == timedelta(0)  # type: ignore[union-attr]


def test_apply_updates_counts_and_skips_304(store: Store) -> None:
    store.sync_feeds([FeedConfig(A), FeedConfig(B)])
    counts = store.apply_updates(
        [
            FeedUpdate(url=A, ok=True, status=200, etag="e1", title="Feed A", items=[entry(1), entry(2)]),
            FeedUpdate(url=B, ok=True, status=200, items=[entry(5, guid="b5")]),
        ]
    )
    assert counts == {A: 2, B: 1}
    assert store.feed(A).title == "Feed A"  # type: ignore[union-attr]
    writes = count_item_writes(store)
    counts = store.apply_updates(
        [
            FeedUpdate(url=A, ok=True, status=304),
            FeedUpdate(url=B, ok=False, status=None, error="timed out"),
        ]
    )
    assert counts == {}
    assert writes() == 0
    assert store.fetch_state(A) == ("e1", None)
    assert store.feed(B).last_error == "timed out"  # type: ignore[union-attr]
    assert store.count_items() == 3
    # Unchanged items are not rewritten either; a changed one is.
    assert store.apply_updates([FeedUpdate(url=A, ok=True, status=200, etag="e1", items=[entry(1), entry(2)])]) == {
        A: 0
    }
    assert writes() == 0
    store.apply_updates([FeedUpdate(url=A, ok=True, status=200, items=[entry(1), entry(2, summary="new")])])
    assert writes() == 1


def count_item_writes(store: Store) -> Callable[[], int]:
    """Count row writes to the items table from now on (temp triggers on the store's connection)."""
    conn = store._conn
    conn.execute("CREATE TEMP TABLE item_writes (n INTEGER)")
    conn.execute("INSERT INTO item_writes VALUES (0)")
    for event in ("INSERT", "UPDATE", "DELETE"):
        conn.execute(
            f"CREATE TEMP TRIGGER count_{event.lower()} AFTER {event} ON main.items"
            " BEGIN UPDATE item_writes SET n = n + 1; END"
        )
    return lambda: int(conn.execute("SELECT n FROM item_writes").fetchone()[0])


def test_apply_updates_is_one_transaction(store: Store) -> None:
    store.sync_feeds([FeedConfig(A), FeedConfig(B)])
    broken = ParsedItem(title=None)  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.apply_updates(
            [
                FeedUpdate(url=A, ok=True, status=200, etag="new", items=[entry(1)]),
                FeedUpdate(url=B, ok=True, status=200, items=[broken]),
            ]
        )
    assert store.count_items() == 0
    assert store.fetch_state(A) == (None, None)
    # The store is usable afterwards.
    assert store.apply_updates([FeedUpdate(url=A, ok=True, status=200, items=[entry(1)])]) == {A: 1}


def test_lone_surrogate_does_not_break_a_batch(store: Store) -> None:
    counts = store.apply_updates(
        [FeedUpdate(url=A, ok=True, status=200, items=[entry(1), entry(2, title="bad \ud800 title")])]
    )
    assert counts == {A: 2}
    assert any("bad" in i.title for i in store.items())


def test_untrusted_text_is_stored_literally(store: Store) -> None:
    title = "[bold]x[/bold] [@click=app.quit]y[/] \x1b[31mred"
    store.upsert_items(A, [entry(1, title=title)])
    assert store.items()[0].title == title


def test_filters_paging_and_counts(store: Store) -> None:
    store.sync_feeds([FeedConfig(A, tags=("news",)), FeedConfig(B, tags=("news", "tech")), FeedConfig(C)])
    store.upsert_items(A, [entry(n) for n in range(10)])
    store.upsert_items(B, [entry(n, guid=f"b{n}", link=f"https://b.example/{n}") for n in range(10, 15)])
    store.upsert_items(C, [entry(n, guid=f"c{n}", link=None) for n in range(20, 22)])
    everything = store.items(limit=None)
    assert len(everything) == 17
    dates = [i.published for i in everything]
    assert dates == sorted(dates, reverse=True)  # type: ignore[type-var]
    page1 = store.items(limit=5)
    page2 = store.items(limit=5, offset=5)
    assert [i.id for i in page1 + page2] == [i.id for i in everything[:10]]
    assert [i.feed_url for i in store.items(ItemFilter("feed", B))] == [B] * 5
    assert store.count_items(ItemFilter("tag", "news")) == 15
    assert store.count_items(ItemFilter("tag", "tech")) == 5
    assert store.items(ItemFilter("tag", "nope")) == []
    store.set_read([i.id for i in store.items(ItemFilter("feed", A), limit=4)])
    assert store.count_items(ItemFilter("unread")) == 13
    assert store.count_items(ItemFilter("feed", A) & ItemFilter("unread")) == 6
    assert all(not i.read for i in store.items(ItemFilter("unread"), limit=None))
    store.set_bookmarked(everything[3].id, True)
    assert [i.id for i in store.items(ItemFilter("bookmarks"))] == [everything[3].id]
    assert store.count_items(ItemFilter("bookmarks") & ItemFilter("unread")) == (0 if everything[3].read else 1)
    assert store.items(ItemFilter("feed", "https://unknown.example/")) == []
    assert store.count_items(ItemFilter("feed", "https://unknown.example/")) == 0
    feeds = {f.url: f for f in store.feeds()}
    assert (feeds[A].unread, feeds[A].total) == (6, 10)
    assert (feeds[B].unread, feeds[B].total) == (5, 5)
    assert store.tags() == [("news", 11), ("tech", 5)]


def test_every_filter_kind_lists_and_counts_its_own_items(store: Store) -> None:
    """items() and count_items() against sets worked out here from the items themselves:
    each kind (alone and narrowed to unread) selects a set no other kind does."""
    from newstui.config.filters import SavedQuery

    store.sync_feeds([FeedConfig(A, tags=("news",)), FeedConfig(B, tags=("tech",)), FeedConfig(C, tags=("news",))])
    store.upsert_items(A, [entry(n, title=f"Story {n}" + (" walrus" if n % 3 == 0 else "")) for n in range(8)])
    store.upsert_items(B, [entry(n, guid=f"b{n}", link=f"https://b.example/{n}") for n in range(10, 16)])
    store.upsert_items(C, [entry(n, guid=f"c{n}", link=f"https://c.example/{n}") for n in range(20, 24)])
    ids = {i.guid: i.id for i in store.items(limit=None)}
    store.set_read([ids[g] for g in ("urn:story:0", "urn:story:1", "urn:story:3", "b10", "b11", "c20", "c21")])
    for guid in ("urn:story:2", "urn:story:3", "b12", "c21"):
        store.set_bookmarked(ids[guid], True)
    # C leaves the config: the lists show only its bookmarked item, its own list all of them.
    store.sync_feeds([FeedConfig(A, tags=("news",)), FeedConfig(B, tags=("tech",))])
    universe = [item for item in (store.item(n) for n in sorted(ids.values())) if item is not None]
    universe.sort(key=lambda i: (i.published, i.id), reverse=True)
    saved = SavedQuery("unread news", tags=("news",), unread=True)

    def visible(item: Item) -> bool:
        return item.feed_url != C or item.bookmarked

    def tagged(item: Item, tag: str) -> bool:
        return {A: "news", B: "tech", C: "news"}[item.feed_url] == tag

    kinds: dict[ItemFilter, Callable[[Item], bool]] = {
        ItemFilter(): visible,
        ItemFilter("unread"): lambda i: visible(i) and not i.read,
        ItemFilter("bookmarks"): lambda i: i.bookmarked,
        ItemFilter("feed", A): lambda i: i.feed_url == A,
        ItemFilter("feed", C): lambda i: i.feed_url == C,
        ItemFilter("tag", "tech"): lambda i: visible(i) and tagged(i, "tech"),
        ItemFilter("search", "walrus"): lambda i: visible(i) and "walrus" in i.title,
        ItemFilter.of_query(saved): lambda i: visible(i) and tagged(i, "news") and not i.read,
    }
    chosen: dict[ItemFilter, list[int]] = {}
    for where, wanted in kinds.items():
        for narrowed, unread in ((where, False), (where & ItemFilter("unread"), True)):
            expected = [i.id for i in universe if wanted(i) and not (unread and i.read)]
            assert [i.id for i in store.items(narrowed, limit=None)] == expected, narrowed
            assert store.count_items(narrowed) == len(expected), narrowed
            # A page from the oldest end (the reversed query) is the same rows.
            tail = store.items(narrowed, limit=2, offset=len(expected) - 2, total=len(expected))
            assert [i.id for i in tail] == expected[-2:], narrowed
            chosen[narrowed] = expected
    # The sets differ, so a kind mapped to another one's conditions would fail above.
    alone = [tuple(found) for where, found in chosen.items() if not where.also]
    assert all(alone) and len(set(alone)) == len(kinds)


def test_read_state_and_mark_feed_read(store: Store) -> None:
    store.upsert_items(A, [entry(1), entry(2)])
    store.upsert_items(B, [entry(3)])
    ids = [i.id for i in store.items(ItemFilter("feed", A))]
    store.set_read(ids)
    assert store.count_items(ItemFilter("unread")) == 1
    store.set_read(ids[0], read=False)
    assert store.item(ids[0]).read is False  # type: ignore[union-attr]
    assert store.mark_feed_read(A) == 1
    assert store.mark_feed_read(A) == 0
    assert store.mark_feed_read() == 1
    assert store.count_items(ItemFilter("unread")) == 0
    assert store.mark_feed_read("https://unknown.example/") == 0


def test_id_lists_longer_than_one_statement_allows(store: Store) -> None:
    # set_read and item_flags run their IN (...) lists in chunks (SQLite caps a
    # statement's parameters); every id of a long list must be reached, none twice.
    store.upsert_items(A, [entry(n) for n in range(1234)])
    ids = [i.id for i in store.items(ItemFilter("feed", A), limit=None)]
    store.set_read(ids[:1201])
    assert store.count_items(ItemFilter("unread")) == 33
    assert store.item_flags(ids) == {}


def test_bookmarks_survive_reopen(db: Path) -> None:
    with Store.open(db) as store:
        store.upsert_items(A, [entry(1), entry(2)])
        target = store.items()[1].id
        store.set_bookmarked(target, True)
    with Store.open(db) as store:
        assert [i.id for i in store.items(ItemFilter("bookmarks"))] == [target]
        store.set_bookmarked(target, False)
        assert store.items(ItemFilter("bookmarks")) == []


# -- search --------------------------------------------------------------------------


HOSTILE = [
    '"',
    '""',
    "'",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "NEAR(",
    "NEAR(a b",
    "(",
    ")",
    "*",
    "foo*",
    "-x",
    "+",
    "^",
    "a:b",
    "title:",
    "{title}",
    "a OR OR b",
    "\\",
    "%",
    "_",
    "\x00",
    "\x1b[31m",
    "@@",
    "'; DROP TABLE items; --",
    "日本語",
    "ünïcödé",
    "a" * 500,
    "     ",
    "bad \udcff bytes",
    "\udcff",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_search_never_raises(store: Store, text: str) -> None:
    store.upsert_items(A, [entry(1, title='foo AND bar NEAR x:y (test) "quoted"')])
    store.items(ItemFilter("search", text))
    store.count_items(ItemFilter("search", text))


def test_search_terms_and_prefix(store: Store) -> None:
    store.upsert_items(
        A,
        [
            entry(1, title="Foreign Minister Sergei Lavrov speaks", summary="in Geneva"),
            entry(2, title="Élan vital", summary="a café story"),
            entry(3, title="Weather", summary="rain AND wind"),
        ],
    )

    def found(text: str) -> list[str]:
        return [i.title for i in store.items(ItemFilter("search", text))]

    assert found("lav") == ["Foreign Minister Sergei Lavrov speaks"]
    assert found("lav ") == []
    assert found("lavrov geneva") == ["Foreign Minister Sergei Lavrov speaks"]
    assert found("lavrov rain") == []
    assert found("cafe") == ["Élan vital"]
    assert found("elan") == ["Élan vital"]
    assert found("AND") == ["Weather"]
    assert found("rain AND") == ["Weather"]
    assert found("---") == []
    assert store.count_items(ItemFilter("search", "minister")) == 1


def test_fts_query_quotes_every_term() -> None:
    assert fts_query('say "hi" now') == '"say" """hi""" "now"*'
    assert fts_query("done ") == '"done"'
    assert fts_query("  ") is None


# -- articles ---------------------------------------------------------------------------


def sample_article() -> Article:
    return Article(
        headline="Talks resume",
        byline="By Ann Reporter",
        published=datetime(2026, 3, 1, 8, 5, 3, 250, tzinfo=timezone(timedelta(hours=2))),
        sections=[
            Section(None, ["Intro “quoted” – text.", "Second"]),
            Section("Background", ["One", "Two"], ["p", "li"]),
        ],
        quotes=[Quote("quoted", "Sergei Lavrov", 0, 0), Quote("nobody", None)],
        links=[Link("source", "https://a.example/src")],
        images=[Image("https://a.example/i.jpg", "alt", "caption")],
        lead="The standfirst",
        source="feed",
        url="https://a.example/1",
    )


def test_article_json_round_trip_is_exact() -> None:
    article = sample_article()
    assert article_from_json(article_to_json(article)) == article
    naive = Article(headline="h", published=datetime(2026, 1, 2, 3, 4, 5))
    back = article_from_json(article_to_json(naive))
    assert back == naive and back.published is not None and back.published.tzinfo is None
    assert article_from_json(article_to_json(Article(headline=""))) == Article(headline="")


def test_article_cache_and_versions(store: Store) -> None:
    store.upsert_items(A, [entry(1), entry(2), entry(3)])
    one, two, three = sorted(i.id for i in store.items())
    article = sample_article()
    store.save_article(one, article, 2)
    assert store.article(one, 2) == article
    assert store.article(one, 1) == article
    assert store.article(one, 3) is None
    assert store.article(two, 1) is None
    assert [i.id for i in store.items(ItemFilter("search", "standfirst"))] == [one]
    assert [i.id for i in store.items(ItemFilter("search", "background"))] == [one]
    assert sorted(i.id for i in store.items_without_article(2)) == [two, three]
    assert sorted(i.id for i in store.items_without_article(3)) == [one, two, three]
    assert [i.id for i in store.items_without_article(2, item_ids=[one, two])] == [two]
    assert len(store.items_without_article(3, limit=1)) == 1
    mark = store.last_item_id()
    assert mark == three
    store.upsert_items(A, [entry(4), entry(1)])
    [four] = store.items_without_article(2, limit=None, after_id=mark)
    assert four.guid == "urn:story:4"
    # A newer extraction replaces the text in the search index.
    store.save_article(one, Article(headline="x", sections=[Section(None, ["armadillo"])]), 3)
    assert store.items(ItemFilter("search", "standfirst")) == []
    assert [i.id for i in store.items(ItemFilter("search", "armadillo"))] == [one]
    with pytest.raises(StoreError, match="no item with id"):
        store.save_article(9999, article, 1)


def test_unreadable_article_cache_entry_reads_as_missing(store: Store) -> None:
    store.upsert_items(A, [entry(1)])
    item_id = store.items()[0].id
    store.save_article(item_id, sample_article(), 1)
    store._conn.execute("UPDATE articles SET json = '{broken' WHERE item_id = ?", (item_id,))
    assert store.article(item_id, 1) is None


# -- threads ------------------------------------------------------------------------------


def test_one_store_shared_by_threads(store: Store) -> None:
    errors: list[BaseException] = []

    def work(feed: int) -> None:
        try:
            for n in range(20):
                store.upsert_items(f"https://t{feed}.example/", [entry(n)])
                store.items(limit=10)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.count_items() == 80


def test_count_items_agrees_with_items_for_every_filter(store: Store) -> None:
    store.sync_feeds([FeedConfig(A, tags=("news",)), FeedConfig(B, tags=("news",)), FeedConfig(C)])
    store.upsert_items(A, [entry(n, summary="alpha gamma") for n in range(8)])
    store.upsert_items(B, [entry(n, guid=f"b{n}", summary="beta gamma") for n in range(6)])
    store.upsert_items(C, [entry(n, guid=f"c{n}", summary="gamma") for n in range(4)])
    ids = [i.id for i in store.items(limit=None)]
    store.set_read(ids[::3])
    for item_id in ids[::4]:
        store.set_bookmarked(item_id, True)
    store.sync_feeds([FeedConfig(A, tags=("news",)), FeedConfig(C)])  # B removed
    for feed_url in (None, A, B):
        for tag in (None, "news"):
            for unread in (False, True):
                for bookmarked in (False, True):
                    for search in (None, "gamma", "beta", "gam"):
                        filters = ItemFilter("feed", feed_url) & ItemFilter("tag", tag) & ItemFilter("search", search)
                        filters &= ItemFilter("unread") if unread else ItemFilter()
                        filters &= ItemFilter("bookmarks") if bookmarked else ItemFilter()
                        items = store.items(filters, limit=None)
                        assert store.count_items(filters) == len(items), filters
    # B's bookmarked items are still listed under All and Bookmarks.
    assert {i.feed_url for i in store.items(ItemFilter("bookmarks"), limit=None)} == {A, B, C}
    assert B not in {i.feed_url for i in store.items(limit=None) if not i.bookmarked}


def test_pages_read_from_the_oldest_end_match_pages_read_from_the_newest(store: Store) -> None:
    store.sync_feeds([FeedConfig(A), FeedConfig(B)])
    store.upsert_items(A, [entry(n) for n in range(23)])
    store.upsert_items(B, [entry(n, guid=f"b{n}") for n in range(14)])
    store.set_read([i.id for i in store.items(limit=None)][::2])
    for filters in (ItemFilter(), ItemFilter("unread"), ItemFilter("feed", B)):
        everything = store.items(filters, limit=None)
        total = store.count_items(filters)
        assert total == len(everything)
        for offset in range(0, total + 3):
            for limit in (1, 5, 10):
                paged = store.items(filters, limit=limit, offset=offset, total=total)
                assert [i.id for i in paged] == [i.id for i in everything[offset : offset + limit]], (
                    filters,
                    offset,
                    limit,
                )


def test_undecodable_feed_url_matches_nothing(store: Store) -> None:
    store.upsert_items(A, [entry(1)])
    assert store.items(ItemFilter("feed", "https://a.example/\udcff")) == []
    assert store.feed("https://a.example/\udcff") is None


def test_non_sqlite_file_gets_no_wal_or_shm(tmp_path: Path) -> None:
    """The header is checked through SQLite, before anything could be written next to the file."""
    path = tmp_path / "dir" / "newstui.db"
    path.parent.mkdir()
    path.write_bytes(b"PK\x03\x04 a zip file " * 400)
    for read_only in (False, True):
        before = path.read_bytes()
        with pytest.raises(StoreError) as caught:
            Store.open(path, read_only=read_only)
        assert "not an SQLite database" in caught.value.message and str(path) in str(caught.value)
        assert path.read_bytes() == before
        assert sorted(p.name for p in path.parent.iterdir()) == ["newstui.db"]
