"""bench/make_cache.py builds a real cache the app's config and store accept."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from newstui.config import load_config
from newstui.model import ItemFilter
from newstui.store import Store

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _make_cache_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_make_cache", BENCH / "make_cache.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building the class
    spec.loader.exec_module(module)
    return module


def test_small_cache_has_feeds_items_read_state_bookmarks_and_articles(tmp_path: Path) -> None:
    bench = _make_cache_module()
    info = bench.make_cache(tmp_path / "cache", feeds=12, items_per_feed=25, bookmarks=7, articles=5)
    config = load_config(info.config_path)
    assert len(config.feeds) == 12
    assert config.general.refresh_minutes == 0
    assert all(feed.title and feed.title.startswith(bench.FEED_TITLE_PREFIX) for feed in config.feeds)
    assert all(feed.tags for feed in config.feeds)

    store = Store.open(info.db_path)
    try:
        assert store.count_items() == info.items == 300
        assert 0 < store.count_items(ItemFilter("unread")) < 300
        assert store.count_items(ItemFilter("bookmarks")) == info.bookmarked == 7
        feeds = store.feeds()
        assert len(feeds) == 12 and all(feed.total == 25 for feed in feeds)
        assert {tag for tag, _ in store.tags()} == {tag for feed in config.feeds for tag in feed.tags}
        newest = store.items(limit=1)[0]
        assert newest.title.startswith(bench.ITEM_TITLE_PREFIX + " ")
        cached = [item.id for item in store.items(limit=300) if store.article(item.id) is not None]
        assert len(cached) == 5
    finally:
        store.close()

    # Same seed, same cache.
    again = bench.make_cache(tmp_path / "again", feeds=12, items_per_feed=25, bookmarks=7, articles=5)
    assert (again.read, again.bookmarked) == (info.read, info.bookmarked)
