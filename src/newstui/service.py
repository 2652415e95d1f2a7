"""The small API the reader app calls, from its workers.

No textual here: the UI calls these methods from thread workers and the core
stays usable headless. Every database call goes through a small pool of database
threads, each holding its own `Store` (a Store may be used from one thread at a time); network
work (refresh, article fetches) opens its own Store in the worker's thread, which
SQLite's WAL mode allows alongside.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from newstui.model import Article, Feed, Item

if TYPE_CHECKING:
    from newstui.config import Config
    from newstui.filters import ItemFlags, SavedQuery
    from newstui.store import Store

T = TypeVar("T")

FilterKind = Literal["all", "unread", "bookmarks", "feed", "tag", "search"]


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """Which items the list shows: everything, unread, bookmarks, one feed, one tag or a search."""

    kind: FilterKind = "all"
    value: str | None = None
    """The feed URL, tag name or search text for those kinds."""

    def query(self) -> dict[str, Any]:
        """Keyword arguments for `Store.items` / `Store.count_items`."""
        if self.kind == "unread":
            return {"unread": True}
        if self.kind == "bookmarks":
            return {"bookmarked": True}
        if self.kind == "feed":
            return {"feed_url": self.value}
        if self.kind == "tag":
            return {"tag": self.value}
        if self.kind == "search":
            return {"search": self.value}
        return {}

    @property
    def single_feed(self) -> bool:
        """True when every item comes from one feed (the list need not name it)."""
        return self.kind == "feed"


ArticleStatus = Literal["cached", "page", "feed"]


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What opening an item gave: the article, where it came from, and a notice for the user."""

    item_id: int
    article: Article
    status: ArticleStatus
    """'cached' (from the store), 'page' (just fetched and extracted) or 'feed' (the feed's own text)."""
    notice: str | None = None
    """Why the feed text is shown instead of the page, when it is."""


def extractor_version() -> int:
    try:
        from newstui.extract import EXTRACTOR_VERSION
    except ImportError:  # the extractor is not installed yet: any cached article will do
        return 0
    return int(EXTRACTOR_VERSION)


def _entry_article(item: Item) -> Article:
    """The feed entry as an article: the extractor's version, or a plain one while it is missing."""
    try:
        from newstui.extract import article_from_entry
    except ImportError:
        from newstui.model import Section
        from newstui.text import strip_control

        paragraphs = [p.strip() for p in strip_control(item.summary).split("\n\n") if p.strip()]
        return Article(headline=item.title, byline=item.author, published=item.published,
                       sections=[Section(None, paragraphs)] if paragraphs else [], source="feed", url=item.link)
    return article_from_entry(item)


_helpers_lock = threading.Lock()


def _ready_process_helpers() -> None:
    """Start multiprocessing's resource tracker and fork server with a real stderr.

    The refresh parses feeds in a process pool. Starting its helper processes passes
    `sys.stderr.fileno()` to the child, and inside a Textual app stderr is a capture
    object whose fileno() is -1, which fails with "bad value(s) in fds_to_keep".
    So they are started here, with the real stderr swapped in for that moment.
    """
    import multiprocessing
    import os
    import sys
    from multiprocessing import resource_tracker

    with _helpers_lock:
        saved = sys.stderr
        spare = None
        try:
            try:
                usable = saved is not None and saved.fileno() >= 0
            except (AttributeError, OSError, ValueError):
                usable = False
            if not usable:
                real = sys.__stderr__
                if real is None:
                    spare = open(os.devnull, "w")  # noqa: SIM115 - closed below
                    real = spare
                sys.stderr = real
            resource_tracker.ensure_running()
            if "forkserver" in multiprocessing.get_all_start_methods():
                from multiprocessing import forkserver

                forkserver.ensure_running()
        finally:
            sys.stderr = saved
            if spare is not None:
                spare.close()


DB_THREADS = 2


class Library:
    """The reader's view of the cache and the network. Thread-safe; call from workers.

    Args:
        config: The loaded config (feeds to refresh, article settings).
        db_path: The SQLite database file.
    """

    def __init__(self, config: Config, db_path: Path) -> None:
        self.config = config
        self.db_path = Path(db_path)
        # Two database threads, each with its own Store (SQLite WAL lets them read at
        # once): the item list and the feed list load side by side at start-up.
        self._db = ThreadPoolExecutor(max_workers=DB_THREADS, thread_name_prefix="newstui-db")
        self._local = threading.local()
        self._stores: list[Store] = []
        self._closed = False
        self._lock = threading.Lock()

    # -- the database thread -------------------------------------------------------------

    def _open_store(self) -> Store:
        from newstui.store import Store

        return Store.open(self.db_path)

    def _call(self, function: Callable[[Store], T]) -> T:
        """Run `function(store)` on the database thread and return its result (or raise its error)."""

        def run() -> T:
            store: Store | None = getattr(self._local, "store", None)
            if store is None:
                store = self._local.store = self._open_store()
                with self._lock:
                    self._stores.append(store)
            return function(store)

        return self._db.submit(run).result()

    def close(self) -> None:
        """Close the database; the Library cannot be used afterwards."""
        with self._lock:
            if self._closed:
                return
            self._closed = True

        self._db.shutdown(wait=True)
        # The stores' connections allow other threads (check_same_thread=False) and
        # every database thread has finished: close them here.
        with self._lock:
            stores, self._stores = self._stores, []
        for store in stores:
            store.close()

    # -- reading ---------------------------------------------------------------------------

    def sync_feeds(self) -> None:
        """Make the store know the configured feeds (so they show before the first refresh)."""
        feeds = self.config.feeds
        self._call(lambda store: store.sync_feeds(feeds))

    def feeds(self) -> list[Feed]:
        """Every configured feed (and removed feeds kept for bookmarks) with counts."""
        return self._call(lambda store: store.feeds(include_removed=True))

    def tags(self) -> list[tuple[str, int]]:
        """(tag, unread count) pairs."""
        return self._call(lambda store: store.tags())

    def page(self, item_filter: ItemFilter, offset: int, limit: int, total: int | None = None) -> list[Item]:
        """`limit` items of the filter from row `offset`, newest first.

        `total` (the filter's count, when known) makes pages near the end cheap.
        """
        query = item_filter.query()
        return self._call(lambda store: store.items(limit=limit, offset=offset, total=total, **query))

    def count(self, item_filter: ItemFilter) -> int:
        """How many items the filter selects."""
        query = item_filter.query()
        return self._call(lambda store: store.count_items(**query))

    def item(self, item_id: int) -> Item | None:
        return self._call(lambda store: store.item(item_id))

    def search(self, text: str, limit: int = 50) -> list[Item]:
        """Full-text search over titles, summaries and article text."""
        if not text.strip():
            return []
        return self._call(lambda store: store.items(search=text, limit=limit))

    # -- read state and bookmarks ---------------------------------------------------------------

    def set_read(self, item_ids: list[int], read: bool = True) -> None:
        self._call(lambda store: store.set_read(item_ids, read=read))

    def set_bookmarked(self, item_id: int, bookmarked: bool) -> None:
        self._call(lambda store: store.set_bookmarked(item_id, bookmarked))

    def toggle_bookmark(self, item: Item) -> bool:
        """Flip the item's bookmark; returns the new state."""
        new = not item.bookmarked
        self.set_bookmarked(item.id, new)
        return new

    def mark_feed_read(self, feed_url: str | None) -> int:
        """Mark every item of a feed (None: of every feed) read; returns how many changed."""
        return self._call(lambda store: store.mark_feed_read(feed_url))

    # -- articles ----------------------------------------------------------------------------

    def cached_article(self, item: Item) -> Article | None:
        """The stored extraction of the item, if the current extractor made it."""
        version = extractor_version()
        return self._call(lambda store: store.article(item.id, version))

    @staticmethod
    def feed_article(item: Item) -> Article:
        """The feed entry's own text laid out as an article (no network)."""
        return _entry_article(item)

    def open_article(self, item: Item) -> ArticleResult:
        """The best article for the item: cached, else fetched and extracted, else the feed text.

        Blocks on the network: call from a thread worker.
        """
        cached = self.cached_article(item)
        if cached is not None:
            return ArticleResult(item.id, cached, "cached")
        return self.fetch_article(item)

    def fetch_article(self, item: Item) -> ArticleResult:
        """Fetch and extract the item's page now (a worker's job); falls back to the feed text."""
        if not item.link:
            return ArticleResult(item.id, self.feed_article(item), "feed", "This item has no link; showing the feed's text.")
        error: str | None = None
        store = self._open_store()
        try:
            try:
                from newstui.articles import fetch_articles

                summary = asyncio.run(fetch_articles(store, [item], concurrency=1))
                if summary.failed:
                    error = summary.failed[0].message
            except Exception as exc:  # noqa: BLE001 - any failure falls back to the feed text, with its reason shown
                error = str(exc) or type(exc).__name__
            article = store.article(item.id, extractor_version())
        finally:
            store.close()
        if article is not None:
            return ArticleResult(item.id, article, "page" if article.source == "page" else "feed")
        reason = error or "the page could not be fetched or had no article"
        return ArticleResult(item.id, self.feed_article(item), "feed", f"Showing the feed's text: {reason}")

    def last_item_id(self) -> int:
        """A mark taken before a refresh: the items stored after it are the new ones."""
        return self._call(lambda store: store.last_item_id())

    def fetch_new_articles(self, after_id: int | None = None, limit: int = 200) -> int:
        """Fetch and extract the pages of items without a current article (those stored
        after `after_id` when given), newest first, at most `limit`, with the config's
        article concurrency. Does nothing when `fetch_full_articles` is off.

        Returns how many articles were stored.
        """
        from newstui.articles import refresh_articles

        store = self._open_store()
        try:
            summary = asyncio.run(refresh_articles(self.config, store, after_id=after_id, limit=limit))
            return int(summary.stored)
        finally:
            store.close()

    # -- refresh -----------------------------------------------------------------------------

    def refresh(self, only: list[str] | None = None, progress: Callable[..., None] | None = None) -> Any:
        """Fetch the feeds (all, or the URLs in `only`) into the store; returns the RefreshSummary.

        Runs its own event loop: call from a thread worker so the UI never waits on parsing or writes.
        """
        from newstui.refresh import refresh_feeds

        _ready_process_helpers()
        store = self._open_store()
        try:
            return asyncio.run(refresh_feeds(self.config, store, only=only, progress=progress))
        finally:
            store.close()

    # -- filter rules and saved searches -------------------------------------------------------

    def apply_filters(self) -> bool:
        """Bring the cache up to date with the config's `[[filters]]` (call once at start).

        Returns True when the rules had changed and were applied to the whole cache.
        """
        from newstui.filters import config_filter_set

        filters = config_filter_set(self.config)
        return self._call(lambda store: store.set_filters(filters))

    def item_flags(self, item_ids: list[int]) -> dict[int, ItemFlags]:
        """What filter rules did to these items (hidden, highlighted, rule tags).

        Only flagged items are in the answer: use `.get(item.id, filters.NO_FLAGS)`.
        """
        return self._call(lambda store: store.item_flags(item_ids))

    def queries(self) -> list[QueryCount]:
        """The config's saved searches (`[[queries]]`), in config order, with their counts."""
        queries = self.config.queries
        counts = self._call(lambda store: store.query_counts(queries))
        return [QueryCount(query.name, unread, total) for query, (unread, total) in zip(queries, counts, strict=True)]

    def _saved_query(self, name: str) -> SavedQuery:
        query = self.config.query(name)
        if query is None:
            from newstui.errors import ConfigError

            raise ConfigError(self.config.path, f"no saved search named {name!r}", key="queries")
        return query

    def query_page(self, name: str, offset: int, limit: int, total: int | None = None, unread: bool = False) -> list[Item]:
        """`limit` items of the saved search `name` from row `offset`, newest first (as `page`).

        `unread` narrows it to unread items. Raises ConfigError for an unknown name.
        """
        query = self._saved_query(name)
        return self._call(
            lambda store: store.items(query=query, unread=unread, limit=limit, offset=offset, total=total)
        )

    def query_count(self, name: str, unread: bool = False) -> int:
        """How many items the saved search `name` selects (ConfigError for an unknown name)."""
        query = self._saved_query(name)
        return self._call(lambda store: store.count_items(query=query, unread=unread))


@dataclass(frozen=True, slots=True)
class QueryCount:
    """A saved search as the feed list shows it."""

    name: str
    unread: int
    total: int
