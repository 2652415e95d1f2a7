"""service.Library on a real SQLite file: paging, counts, state changes, articles."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from httpserver import TestServer
from newstui.config import load_config
from newstui.service import ItemFilter, Library
from ui_helpers import ARTICLE, TECH, WORLD, build_store, write_config


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    config = load_config(write_config(tmp_path / "config.toml"))
    ids = build_store(tmp_path / "news.db", config, extra_world=250)
    lib = Library(config, tmp_path / "news.db")
    yield lib, ids
    lib.close()


def test_filters_map_to_store_queries() -> None:
    assert ItemFilter().query() == {}
    assert ItemFilter("unread").query() == {"unread": True}
    assert ItemFilter("bookmarks").query() == {"bookmarked": True}
    assert ItemFilter("feed", WORLD).query() == {"feed_url": WORLD}
    assert ItemFilter("tag", "tech").query() == {"tag": "tech"}
    assert ItemFilter("search", "river").query() == {"search": "river"}
    assert ItemFilter("feed", WORLD).single_feed and not ItemFilter("tag", "x").single_feed


def test_pages_and_counts(library) -> None:  # type: ignore[no-untyped-def]
    lib, _ = library
    assert lib.count(ItemFilter()) == 261
    first = lib.page(ItemFilter(), 0, 100)
    second = lib.page(ItemFilter(), 100, 100)
    assert len(first) == len(second) == 100
    assert not {i.id for i in first} & {i.id for i in second}
    assert [i.published for i in first] == sorted((i.published for i in first), reverse=True)
    assert lib.count(ItemFilter("feed", TECH)) == 4
    assert lib.count(ItemFilter("tag", "world")) == 256
    assert lib.count(ItemFilter("bookmarks")) == 1
    assert [i.guid for i in lib.search("treaty")] == ["world-0"]
    assert lib.search("   ") == []


def test_read_bookmark_and_feed_read(library) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    item = lib.item(ids["tech-0"])
    assert item is not None and not item.bookmarked
    assert lib.toggle_bookmark(item) is True
    assert lib.item(ids["tech-0"]).bookmarked
    assert lib.toggle_bookmark(lib.item(ids["tech-0"])) is False
    lib.set_read([ids["tech-0"]], True)
    assert lib.item(ids["tech-0"]).read
    assert lib.mark_feed_read(TECH) == 2  # tech-1 and tech-2 were still unread
    assert lib.page(ItemFilter("feed", TECH), 0, 10) and all(i.read for i in lib.page(ItemFilter("feed", TECH), 0, 10))


def test_open_article_cached_and_feed_fallback(library) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    result = lib.open_article(lib.item(ids["world-0"]))
    assert result.status == "cached" and result.article == ARTICLE and result.notice is None
    no_link = replace(lib.item(ids["world-1"]), link=None)
    result = lib.open_article(no_link)
    assert result.status == "feed" and result.article.source == "feed"
    assert "no link" in (result.notice or "")


def test_fetch_failure_falls_back_with_reason(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    with TestServer(tmp_path) as server:
        item = replace(lib.item(ids["world-3"]), link=server.url("missing.html"))
        result = lib.fetch_article(item)
    assert result.status == "feed"
    assert result.article.source == "feed"
    assert result.notice is not None and "404" in result.notice


def test_library_is_safe_from_many_threads(library) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    with ThreadPoolExecutor(8) as pool:
        counts = list(pool.map(lambda n: lib.count(ItemFilter("all")) + len(lib.page(ItemFilter(), n, 10)), range(40)))
    assert counts == [261 + 10] * 40


def test_close_is_idempotent(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path / "config.toml"))
    lib = Library(config, tmp_path / "news.db")
    lib.sync_feeds()
    assert [f.url for f in lib.feeds()][:2] == [WORLD, TECH]
    lib.close()
    lib.close()
