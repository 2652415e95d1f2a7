"""One bad item is that item's error, never its feed's or its run's.

A JSON Feed may write a lone surrogate as an escape ("\\ud800"), in an id, a title or a text:
JSON allows it, UTF-8 (and so SQLite) does not. The store cleaned such text only in the
statement that writes the items; an item's key was looked up before that, raw, so every feed
of the refresh batch failed with "could not be saved: text that is not valid Unicode", at
every refresh, for good. Real loopback server, real `newstui refresh`, real database file.
"""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import feeds_config, newstui_on
from feed_builders import rss_document
from httpserver import TestServer
from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store


def _json_feed() -> bytes:
    items = [
        {"id": "\ud800broken", "title": "Broken \udfff title", "content_text": "text \ud800 here"},
        {"id": "fine", "title": "A fine item", "content_text": "plain"},
    ]
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Jay", "items": items}).encode()


def _refresh_beside_another(
    tmp_path: Path, http_server: TestServer, body: bytes, *args: str, runs: int = 1
) -> tuple[str, str, Path]:
    """`newstui refresh` of a JSON Feed `body` and a good RSS feed, `runs` times; (bad, other, db)."""
    bad = http_server.add_route("/feed.json", (200, {"Content-Type": "application/feed+json"}, body))
    other = http_server.add_route(
        "/other.xml",
        (
            200,
            {"Content-Type": "application/rss+xml"},
            rss_document("<item><title>Other</title><guid>o1</guid></item>", title="O"),
        ),
    )
    config = tmp_path / "config.toml"
    feeds_config(config, [bad, other])
    db = tmp_path / "news.db"
    for _ in range(runs):
        done = newstui_on(config, db, "refresh", *args)
        assert "Traceback" not in done.stderr
        assert done.returncode == 0, done.stderr
        assert "could not be saved" not in done.stderr, done.stderr
    return bad, other, db


def test_a_lone_surrogate_in_a_json_feed_fails_neither_its_feed_nor_the_others(
    tmp_path: Path, http_server: TestServer
) -> None:
    # The second run meets the stored keys.
    bad, other, db = _refresh_beside_another(tmp_path, http_server, _json_feed(), runs=2)
    with Store.open(db) as store:
        assert [i.title for i in store.items(ItemFilter("feed", other), limit=10)] == ["Other"]
        titles = sorted(i.title for i in store.items(ItemFilter("feed", bad), limit=10))
        assert len(titles) == 2 and titles[0] == "A fine item" and titles[1].startswith("Broken")


def test_a_lone_surrogate_in_a_json_feeds_home_page_fails_neither_it_nor_the_others(
    tmp_path: Path, http_server: TestServer
) -> None:
    # The feed's own web page too (review-trust): its title and error were cleaned, its page was not.
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Jay",
        "home_page_url": "https://jay.example/home\ud800",
        "items": [{"id": "j1", "url": "https://jay.example/posts/1", "title": "Jay one", "content_text": "words"}],
    }
    bad, other, db = _refresh_beside_another(tmp_path, http_server, json.dumps(feed).encode(), "--no-articles")
    with Store.open(db) as store:
        assert [i.title for i in store.items(ItemFilter("feed", other), limit=10)] == ["Other"]
        assert [i.title for i in store.items(ItemFilter("feed", bad), limit=10)] == ["Jay one"]


def test_the_store_keeps_a_read_mark_of_an_item_whose_guid_holds_a_lone_surrogate(tmp_path: Path) -> None:
    feed = "https://jay.example/feed.json"
    item = ParsedItem(title="T \ud800", link=None, guid="\ud800g", summary="s", published=None)
    with Store.open(tmp_path / "news.db") as store:
        assert store.upsert_items(feed, [item]) == 1
        (stored,) = store.items(ItemFilter("feed", feed), limit=10)
        store.set_read(stored.id)
        assert store.upsert_items(feed, [item]) == 0  # the same item, not a new one
        (again,) = store.items(ItemFilter("feed", feed), limit=10)
        assert (again.id, again.read) == (stored.id, True)


_PARAGRAPH = (
    "<p>" + "The council met on Tuesday and voted to keep the reading room open into the evening. " * 4 + "</p>"
)
_LINKED_DATA = (
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Reading room hours",'
    '"author":{"@type":"Person","name":"Ann \\udfff Lee"}}'
)
_PAGE = (
    f'<html><head><title>Reading room</title><script type="application/ld+json">{_LINKED_DATA}</script></head>'
    f"<body><article><h1>Reading room hours</h1>{_PARAGRAPH}{_PARAGRAPH}</article></body></html>"
)


def test_extract_prints_a_page_whose_linked_data_holds_a_lone_surrogate(tmp_path: Path) -> None:
    # The page's JSON-LD may escape a lone surrogate too: the byline printed one, and
    # `newstui extract` ended in a traceback (UnicodeEncodeError) instead of the article.
    page = tmp_path / "page.html"
    page.write_text(_PAGE, encoding="utf-8")
    for output in ((), ("--format", "markdown")):
        done = newstui_on(tmp_path / "none.toml", tmp_path / "news.db", "extract", str(page), *output)
        assert "Traceback" not in done.stderr
        assert done.returncode == 0, done.stderr
        assert "Ann" in done.stdout and "Lee" in done.stdout and "reading room open" in done.stdout


def test_a_cached_article_keeps_no_lone_surrogate(tmp_path: Path) -> None:
    # What the store gives back is text a terminal can show: the reader prints it as it is.
    from newstui.model import Article

    feed = "https://jay.example/feed.json"
    with Store.open(tmp_path / "news.db") as store:
        store.upsert_items(feed, [ParsedItem(title="T", link=None, guid="g", summary="s", published=None)])
        (item,) = store.items(ItemFilter("feed", feed), limit=10)
        store.save_article(item.id, Article(headline="Reading \ud800 room", byline="Ann \udfff Lee", source="page"), 1)
        article = store.article(item.id)
    assert article is not None
    assert article.byline is not None and "Ann" in article.byline
    article.byline.encode("utf-8")
    (article.headline or "").encode("utf-8")


def test_bookmarking_an_item_gc_deleted_meanwhile_says_so_instead_of_seeming_saved(tmp_path: Path) -> None:
    # The reader lists an old read item; a cron `newstui gc` (or a refresh's retention)
    # deletes it; the user presses b. The UPDATE changed no row and raised nothing, so the
    # reader showed the item bookmarked, and the bookmark was nowhere at the next start.
    feed = "http://127.0.0.1:9/harbour.xml"
    config = tmp_path / "config.toml"
    config.write_text(f'[general]\nmax_items = 1\n[[feeds]]\nurl = "{feed}"\n', encoding="utf-8")
    db = tmp_path / "news.db"
    from datetime import UTC, datetime, timedelta

    from newstui.errors import ItemGone

    day = datetime(2026, 11, 2, 9, 41, tzinfo=UTC)
    with Store.open(db) as store:
        store.upsert_items(
            feed,
            [
                ParsedItem(
                    title=f"Notice {n}", link=None, guid=f"n{n}", summary="s", published=day - timedelta(hours=n)
                )
                for n in range(2)
            ],
        )
        shown = {i.title: i for i in store.items(ItemFilter("feed", feed), limit=10)}
        store.set_read([i.id for i in shown.values()])
        old = shown["Notice 1"]
        gc = newstui_on(config, db, "gc")  # another process, while this one has the list on screen
        assert gc.returncode == 0, gc.stderr
        try:
            store.set_bookmarked(old.id, True)
        except ItemGone as error:
            assert "deleted" in error.message
        else:
            raise AssertionError("a bookmark of a deleted item seemed saved")
        store.set_bookmarked(shown["Notice 0"].id, True)  # an item still there: saved as ever
        assert [i.title for i in store.items(ItemFilter("bookmarked"), limit=10)] == ["Notice 0"]
