"""The small API the reader app calls, from its workers.

No textual here: the UI calls these methods from thread workers and the core
stays usable headless. This module is the UI's one door into the core: besides
`Library` it re-exports the types the UI shows (`RefreshSummary`, `ProgressEvent`,
the who-said-what rows, `Config`) and wraps the few core helpers it needs
(`user_themes_dir`, `check_key_table`); the UI imports nothing else of the core but
the data types and pure helpers of `model`, `errors`, `text` and `extract.markdown`.

Every database call goes through a small pool of database threads, each holding its
own `Store` (a Store may be used from one thread at a time): two for reads and one for
writes, so a write waiting out another process's lock never holds up a read. Every
request the app makes uses the Fetcher settings of the config (`fetcher_options()`:
timeout, size cap, proxy, connection limits). Pages (articles opened in the app, and the article
pass after a refresh) go through the Library's one long-lived `Fetcher` on a network
thread of its own, so they share its connections and its per-host limit. A refresh
runs its own event loop in the worker's thread, with its own Store (SQLite's WAL mode
allows it alongside) and a Fetcher of the same settings: its hundreds of feed
requests wait in the Fetcher's first-come queue, and a page the reader opens must
not wait behind them.

`Library.close()` cancels whatever network work is in flight and never waits more
than about a second: every thread the Library starts is a daemon thread, so a page
that never answers, an extraction still running or a write waiting on another
process's lock cannot keep the app from quitting.
"""

from __future__ import annotations

import asyncio
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import CancelledError, Executor, Future
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar

from newstui.config.load import load_toml_text as load_toml_text  # re-exported: themes read TOML as config does
from newstui.config.urls import hide_password as hide_password  # re-exported: URLs shown as the CLI shows them
from newstui.errors import NewstuiError
from newstui.extract import EXTRACTOR_VERSION, article_from_entry
from newstui.feeds.refresh import FeedFailure as FeedFailure
from newstui.feeds.refresh import ProgressCallback as ProgressCallback
from newstui.feeds.refresh import ProgressEvent as ProgressEvent
from newstui.feeds.refresh import RefreshSummary as RefreshSummary
from newstui.feeds.refresh import local_time as local_time
from newstui.feeds.refresh import waiting_note as waiting_note
from newstui.feeds.refresh_lock import RefreshRunning as RefreshRunning
from newstui.model import Article, Feed, FeedConfig, Item
from newstui.model import ItemFilter as ItemFilter  # re-exported: the UI reaches the core through this module
from newstui.store.damage import CacheDamaged as CacheDamaged  # re-exported: the UI says a corrupted cache
from newstui.store.damage import on_damage as on_damage
from newstui.store.damage import refused as refused

if TYPE_CHECKING:
    from datetime import datetime

    # Re-exported for the UI's annotations: it takes the core's types from here.
    from newstui.config import Config as Config
    from newstui.config.filters import ItemFlags, SavedQuery
    from newstui.feeds.fetch import Fetcher
    from newstui.store import Store
    from newstui.whosaid.index import IndexedQuote as IndexedQuote
    from newstui.whosaid.index import SpeakerSummary as SpeakerSummary
    from newstui.whosaid.index import Story as Story
    from newstui.whosaid.index import StoryItem as StoryItem

T = TypeVar("T")
P = ParamSpec("P")

CLOSE_WAIT_SECONDS = 1.0
"""The most `Library.close()` waits for its threads to finish what they are doing."""


class LibraryClosed(NewstuiError):
    """The Library was closed (the app is quitting) while, or before, this call ran."""

    def __init__(self, what: str = "the call") -> None:
        super().__init__(f"{what} was cancelled: the app is closing")


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
    """The version the cached articles must have been made by (`extract.EXTRACTOR_VERSION`)."""
    return EXTRACTOR_VERSION


def typed_feed_url(text: str) -> str:
    """A feed URL as typed (`example.com/feed`) made whole (`https://example.com/feed`)."""
    from newstui.config.edit import typed_feed_url as typed

    return typed(text)


def user_themes_dir() -> Path:
    """Where the user's own theme files live (`config.paths.user_themes_dir`)."""
    from newstui.config.paths import user_themes_dir as themes_dir

    return themes_dir()


def check_key_table(config: Config, known_ids: set[str], problems: Sequence[tuple[str, str]]) -> None:
    """Raise one ConfigError naming every problem of the config's `[keys]` table, each with its line.

    Args:
        config: the loaded config.
        known_ids: every binding id the app has (unknown ids in `[keys]` are problems too,
            with a suggestion).
        problems: (binding id, message) pairs the UI found (key names, clashes).

    Raises:
        ConfigError: (a ConfigProblems when several) when there is any problem.
    """
    from newstui.config import config_errors, file_key_lines, key_id_problems, key_line, key_name
    from newstui.errors import ConfigError

    found = key_id_problems(config, known_ids)
    if problems:
        lines = file_key_lines(config.path)
        found += [
            ConfigError(config.path, message, line=key_line(lines, binding_id), key=key_name(("keys", binding_id)))
            for binding_id, message in problems
        ]
    if found:
        raise config_errors(config.path, found)


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
"""Database threads for reads. Writes have one thread of their own (`_DatabaseThreads`
for writes): SQLite lets one process write at a time, and a write waiting out another
process's lock must never hold up the reads the screen is waiting for."""

APP_WRITE_WAIT_SECONDS = 5.0
"""The most a write of the app (a bookmark, a read mark) waits for another process's write
lock, from the key press: then the user is told "stayed busy" and the row stays as it was.
A refresh's batch holds the lock well under a second; what holds it longer (`gc`'s VACUUM
of a big cache, a `sqlite3` session) is better named at once than waited for in silence.
Headless commands wait the store's full busy timeout."""


class _DaemonExecutor(Executor):
    """Runs each call in a new daemon thread: work nobody waits for any more (a page
    still being extracted when the app quits) cannot hold the process open."""

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as error:  # noqa: BLE001 - handed to whoever waits on the future
                future.set_exception(error)

        threading.Thread(target=run, name="newstui-extract", daemon=True).start()
        return future


class _DatabaseThreads:
    """A few daemon threads, each with its own Store, running database calls in turn.

    Daemon threads (not a ThreadPoolExecutor, whose threads the interpreter joins at
    exit): a write waiting out another process's lock must not keep a quitting app open.
    """

    def __init__(self, count: int, open_store: Callable[[], Store]) -> None:
        self._count = count
        self._open_store = open_store
        self._jobs: queue.SimpleQueue[tuple[Callable[[Store], Any], Future[Any]] | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, function: Callable[[Store], T]) -> Future[T]:
        """Queue `function(store)`; after close() the future comes back cancelled."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:  # no thread would ever take it: its waiter must not wait for ever
                future.cancel()
                return future
            if not self._threads:  # started on first use: nothing to do before the first frame
                for n in range(self._count):
                    thread = threading.Thread(target=self._serve, name=f"newstui-db-{n}", daemon=True)
                    thread.start()
                    self._threads.append(thread)
            self._jobs.put((function, future))
        return future

    def _serve(self) -> None:
        store: Store | None = None
        try:
            while True:
                job = self._jobs.get()
                if job is None:
                    return
                function, future = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    if store is None:
                        store = self._open_store()
                    future.set_result(function(store))
                except BaseException as error:  # noqa: BLE001 - handed to the caller waiting on the future
                    future.set_exception(error)
        finally:
            if store is not None:
                store.close()

    def close(self, timeout: float) -> bool:
        """Cancel the calls not started, stop the threads once their current call ends;
        wait up to `timeout` seconds. Returns True when every thread has finished."""
        with self._lock:
            self._closed = True
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                job[1].cancel()
        with self._lock:
            threads = list(self._threads)
        for _ in threads:
            self._jobs.put(None)
        deadline = time.monotonic() + timeout
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in threads)


class Library:
    """The reader's view of the cache and the network. Thread-safe; call from workers.

    Args:
        config: The loaded config (feeds to refresh, article settings).
        db_path: The SQLite database file.
        read_only: Open the cache with SQLite's `mode=ro` (a read-only file, or a full disk):
            every read works, every write raises StoreError.
    """

    def __init__(self, config: Config, db_path: Path, *, read_only: bool = False) -> None:
        self.config = config
        self.db_path = Path(db_path)
        self.read_only = read_only
        # Two read threads, each with its own Store (SQLite WAL lets them read at once):
        # the item list and the feed list load side by side at start-up. Writes have a
        # thread (and Store) of their own.
        self._db = _DatabaseThreads(DB_THREADS, self._open_store)
        self._writer = _DatabaseThreads(1, self._open_write_store)
        self._closed = False
        self._lock = threading.Lock()
        # The network thread (started on the first article fetch) and its Fetcher.
        self._net_loop: asyncio.AbstractEventLoop | None = None
        self._net_thread: threading.Thread | None = None
        self._fetcher: Fetcher | None = None
        self._net_calls: set[Future[Any]] = set()
        """Calls running on the network thread: cancelled by close()."""
        self._own_loops: dict[asyncio.Task[Any], asyncio.AbstractEventLoop] = {}
        """Refreshes running their own event loop in a worker thread: cancelled by close()."""

    # -- the database threads --------------------------------------------------------------

    def _open_store(self) -> Store:
        from newstui.store import Store

        return Store.open(self.db_path, read_only=self.read_only)

    def _open_write_store(self) -> Store:
        """The write thread's Store: its commits (the user's bookmarks and read marks) reach
        the disk before the row changes on screen, so a power cut cannot take them back."""
        store = self._open_store()
        store.sync_every_commit()
        return store

    def _call(self, function: Callable[[Store], T]) -> T:
        """Run `function(store)` (which only reads) on a read thread; its result or its error."""
        if self._closed:
            raise LibraryClosed("the database call")
        try:
            return self._db.submit(function).result()
        except CancelledError:
            raise LibraryClosed("the database call") from None

    def _write(self, function: Callable[[Store], T]) -> T:
        """Run `function(store)`, which writes, on the write thread; its result or its error.

        The reads never queue behind it: while another process holds the write lock the
        app goes on listing, counting and opening cached articles. The wait for that lock
        (APP_WRITE_WAIT_SECONDS, or the store's busy timeout if shorter) is counted from
        this call, however many writes were queued before it: a burst of writes behind a
        lock fails together ("stayed busy").
        """
        if self._closed:
            raise LibraryClosed("the database write")
        from newstui.store.connection import busy_seconds

        deadline = time.monotonic() + min(busy_seconds(), APP_WRITE_WAIT_SECONDS)

        def write(store: Store) -> T:
            store.wait_for_lock(max(0.05, deadline - time.monotonic()))
            return function(store)

        try:
            return self._writer.submit(write).result()
        except CancelledError:
            raise LibraryClosed("the database write") from None

    def close(self) -> None:
        """Cancel the network work in flight and close the database; the Library cannot be
        used afterwards. Waits about a second at most, whatever is running."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            calls = list(self._net_calls)
            own = list(self._own_loops.items())
            loop = self._net_loop
        for call in calls:
            call.cancel()  # cancels the task on the network loop; its waiter gets LibraryClosed
        for task, task_loop in own:
            try:
                task_loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:  # that loop has just finished on its own: nothing left to cancel
                continue
        deadline = time.monotonic() + CLOSE_WAIT_SECONDS
        if loop is not None:
            stopping = asyncio.run_coroutine_threadsafe(self._close_fetcher(), loop)
            try:
                stopping.result(timeout=CLOSE_WAIT_SECONDS / 2)
            except (TimeoutError, CancelledError):
                # Still closing: its connections go with the (daemon) thread when the process ends.
                stopping.cancel()
            loop.call_soon_threadsafe(loop.stop)
        self._db.close(max(0.1, deadline - time.monotonic()))
        # A write stuck on another process's lock is not waited for past the deadline.
        self._writer.close(max(0.0, deadline - time.monotonic()))

    # -- the network thread ------------------------------------------------------------------

    def fetcher_options(self) -> dict[str, Any]:
        """The settings of the Fetcher that opens articles: the config's (`fetcher_options_for`:
        timeout, size cap, proxy, connection limits, as a refresh has them), with one retry
        waiting at most `timeout_seconds`, since a reader is waiting."""
        from newstui.feeds.refresh import fetcher_options_for

        options = fetcher_options_for(self.config)
        return {**options, "retries": 1, "max_retry_wait": options["timeout"]}

    @property
    def page_deadline(self) -> float:
        """Seconds one opened article may take in all: fetch, retry and extraction."""
        return 2 * float(self.config.general.timeout_seconds)

    def _network_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._closed:
                raise LibraryClosed("the page fetch")
            if self._net_loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=self._run_network, args=(loop,), name="newstui-net", daemon=True)
                self._net_loop, self._net_thread = loop, thread
                thread.start()
            return self._net_loop

    @staticmethod
    def _run_network(loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            loop.close()

    async def _open_fetcher(self) -> Fetcher:
        if self._fetcher is None:  # only ever touched on the network loop
            from newstui.feeds.fetch import Fetcher

            self._fetcher = await Fetcher(**self.fetcher_options()).__aenter__()
        return self._fetcher

    async def _close_fetcher(self) -> None:
        fetcher, self._fetcher = self._fetcher, None
        if fetcher is not None:
            await fetcher.aclose()

    def _network(
        self, work: Callable[[Fetcher], Coroutine[Any, Any, T]], what: str, deadline: float | None = None
    ) -> T:
        """Run `work(fetcher)` on the network thread with the Library's Fetcher, within
        `deadline` seconds (None: `page_deadline`); blocks the caller.

        Raises:
            LibraryClosed: close() cancelled it.
            TimeoutError: it took longer than the deadline.
        """
        loop = self._network_loop()
        if deadline is None:
            deadline = self.page_deadline

        async def run() -> T:
            fetcher = await self._open_fetcher()
            async with asyncio.timeout(deadline):
                return await work(fetcher)

        call = asyncio.run_coroutine_threadsafe(run(), loop)
        with self._lock:
            if self._closed:
                call.cancel()
            self._net_calls.add(call)
        try:
            return call.result()
        except CancelledError:
            raise LibraryClosed(what) from None
        except Exception as error:
            # close() also shuts the Fetcher's connections, which can fail the work with a
            # transport error before its cancellation lands: that is the close, not the server.
            with self._lock:
                closed = self._closed
            if closed:
                raise LibraryClosed(what) from error
            raise
        finally:
            with self._lock:
                self._net_calls.discard(call)

    def _run_here(self, work: Coroutine[Any, Any, T], what: str) -> T:
        """Run a coroutine on a new event loop in this (worker) thread; close() cancels it."""

        async def run() -> T:
            task = asyncio.current_task()
            assert task is not None
            with self._lock:
                if self._closed:
                    work.close()
                    raise LibraryClosed(what)
                self._own_loops[task] = asyncio.get_running_loop()
            try:
                return await work
            finally:
                with self._lock:
                    self._own_loops.pop(task, None)

        try:
            return asyncio.run(run())
        except asyncio.CancelledError:
            raise LibraryClosed(what) from None

    # -- reading ---------------------------------------------------------------------------

    def sync_feeds(self) -> None:
        """Make the store know the configured feeds (so they show before the first refresh)."""
        feeds = self.config.feeds
        self._write(lambda store: store.sync_feeds(feeds))

    def reread_feeds(self) -> tuple[int, int]:
        """Read the config file's feeds again, as they are now (`newstui add` or `remove`, or
        an edit, while the app runs), and make the store know them.

        Only the feeds change: keys, theme and every other setting stay as the app started.
        Returns (feeds added, feeds removed); (0, 0) when the feeds are as they were.

        Raises:
            ConfigError: the file no longer loads (say, half edited): the feeds stay as they were.
        """
        from newstui.config import load_config

        fresh = load_config(self.config.path).feeds
        before = self.config.feeds
        if fresh == before:
            return 0, 0
        self.config = replace(self.config, feeds=fresh)
        self.sync_feeds()
        old, new = {feed.url for feed in before}, {feed.url for feed in fresh}
        return len(new - old), len(old - new)

    def feeds(self) -> list[Feed]:
        """Every configured feed (and removed feeds kept for bookmarks) with counts."""
        order = self.config.general.feed_order
        return self._call(lambda store: store.feeds(include_removed=True, order=order))

    def tags(self) -> list[tuple[str, int]]:
        """(tag, unread count) pairs."""
        return self._call(lambda store: store.tags())

    def page(
        self,
        item_filter: ItemFilter,
        offset: int,
        limit: int,
        total: int | None = None,
        order: str = "date",
        hide_read: bool = False,
    ) -> list[Item]:
        """`limit` items of the filter from row `offset`, in `order` (newest first by default).

        `total` (the filter's count, when known) makes pages near the end cheap;
        `hide_read` leaves read items out.
        """
        where = self._where(item_filter, hide_read)
        return self._call(lambda store: store.items(where, limit=limit, offset=offset, total=total, order=order))

    def count(self, item_filter: ItemFilter, hide_read: bool = False) -> int:
        """How many items the filter selects (unread ones only with `hide_read`)."""
        where = self._where(item_filter, hide_read)
        return self._call(lambda store: store.count_items(where))

    # -- saved searches and rules (app) ----------------------------------------------------------

    def _where(self, item_filter: ItemFilter, unread: bool = False) -> ItemFilter:
        """The filter as the Store takes it: a "query" filter with its saved search's
        conditions (ConfigError for a name not configured), `unread`: unread items only."""
        where = item_filter
        if item_filter.kind == "query":
            where = replace(item_filter, saved=self._saved_query(item_filter.value or ""))
        return where & ItemFilter("unread") if unread else where

    @property
    def highlights(self) -> bool:
        """Does any filter rule highlight items? (Else the list never asks which are.)"""
        return any("highlight" in rule.actions for rule in self.config.filters)

    @property
    def rule_tags(self) -> bool:
        """Does any filter rule give items tags? (Else the feeds' own tags are all there are.)"""
        return any(rule.tags for rule in self.config.filters)

    def highlighted(self, item_ids: list[int]) -> set[int]:
        """Which of these items a filter rule highlights (no query when no rule does)."""
        if not item_ids or not self.highlights:
            return set()
        return {item_id for item_id, flags in self.item_flags(item_ids).items() if flags.highlighted}

    def feeds_due(self, now: datetime) -> list[str]:
        """The URLs of the feeds due for a refresh at `now`, each by its own `refresh_minutes`
        (a feed set to 0 never is), in config order.

        Never one whose last answer was 410 Gone, nor one whose server asked (Retry-After)
        not to be asked before a later time: the timer refreshes what it gets by name.
        """
        from newstui.feeds.refresh import held_back

        def read(store: Store) -> tuple[dict[str, datetime | None], set[str]]:
            stored = store.feeds()
            held = set(held_back(stored, now))  # the rule a full refresh follows too
            if held:
                # A feed a permanent redirect moved is held under its new URL; the config has the old one.
                known = {feed.url for feed in stored}
                for feed_config in self.config.feeds:
                    if feed_config.url not in known:
                        moved = store.feed(feed_config.url)
                        if moved is not None and moved.url in held:
                            held.add(feed_config.url)
            return store.last_fetches(), held

        last, held = self._call(read)
        return [feed.url for feed in self.config.feeds_due(last, now) if feed.url not in held]

    def neighbour_unread(
        self, item_filter: ItemFilter, anchor: Item, forward: bool, order: str = "date", anchor_read: bool | None = None
    ) -> Item | None:
        """The next (previous) unread item of the filter after the anchor item in `order`.

        Found by the items' order keys, not by row: rows move while items are read.
        """
        where = self._where(item_filter)
        return self._call(
            lambda store: store.neighbour_item(anchor.id, where, after=forward, order=order, anchor_read=anchor_read)
        )

    def first_unread(self, item_filter: ItemFilter, forward: bool, order: str = "date") -> Item | None:
        """The first (last, when not `forward`) unread item of the filter in `order`."""
        where = self._where(item_filter, True)
        items = self._call(lambda store: store.items(where, limit=1, order=order)) if forward else None
        if not forward:
            total = self.count(item_filter, True)
            items = (
                self._call(
                    lambda store: store.items(where, limit=1, offset=max(0, total - 1), total=total, order=order)
                )
                if total
                else []
            )
        return items[0] if items else None

    def row_of(
        self,
        item_filter: ItemFilter,
        item: Item,
        order: str = "date",
        hide_read: bool = False,
        item_read: bool | None = None,
    ) -> int | None:
        """The row of an item in the filter's list now (None when it is not in it)."""
        where = self._where(item_filter, hide_read)
        return self._call(lambda store: store.row_of(item.id, where, order=order, anchor_read=item_read))

    def holds(self, item_filter: ItemFilter, item: Item, order: str = "date", item_read: bool | None = None) -> bool:
        """Whether the filter's list (read items counted) holds the item now: its row, and
        the item read back at that row (a row is counted for an item the list leaves out)."""
        row = self.row_of(item_filter, item, order, item_read=item_read)
        listed = self.page(item_filter, row, 1, order=order) if row is not None else []
        return bool(listed) and listed[0].id == item.id

    def unread_ids(self, item_filter: ItemFilter) -> list[int]:
        """The ids of the filter's unread items (what "mark all read" changes, kept for undo)."""
        where = self._where(item_filter)
        return self._call(lambda store: store.unread_ids(where))

    def item(self, item_id: int) -> Item | None:
        return self._call(lambda store: store.item(item_id))

    def search(self, text: str, limit: int = 50) -> list[Item]:
        """Full-text search over titles, summaries and article text."""
        if not text.strip():
            return []
        return self._call(lambda store: store.items(ItemFilter("search", text), limit=limit))

    # -- who said what ---------------------------------------------------------------------------
    # The quote index's read API (newstui.whosaid.index) for the app's thread workers.

    def apply_speaker_aliases(self) -> None:
        """Make the config's `[speakers]` corrections current (writes only when they changed)."""
        from newstui.whosaid.index import apply_config_aliases

        aliases = dict(self.config.speaker_aliases)
        self._write(lambda store: apply_config_aliases(store, aliases))

    def whosaid_counts(self) -> tuple[int, int]:
        """(speakers quoted, stories of two or more feeds): the feed list's counts."""

        def count(conn: sqlite3.Connection) -> tuple[int, int]:
            speakers = conn.execute("SELECT count(*) FROM speakers WHERE quotes > 0").fetchone()[0]
            stories = conn.execute("SELECT count(*) FROM stories WHERE feeds >= 2").fetchone()[0]
            return int(speakers), int(stories)

        return self._call(lambda store: store.run(count))

    def speakers(self, limit: int | None = 500, search: str | None = None) -> list[SpeakerSummary]:
        """Speakers, most quoted first."""
        from newstui.whosaid.index import speakers

        return self._call(lambda store: speakers(store, limit=limit, search=search))

    def speaker_quotes(self, speaker_id: int, limit: int = 200) -> list[IndexedQuote]:
        """One canonical speaker's quotes, newest first (by id: a name may mean several)."""
        from newstui.whosaid.index import quotes

        def read(store: Store) -> list[IndexedQuote]:
            row = store.run(
                lambda conn: conn.execute("SELECT key FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
            )
            if row is None:
                return []
            ids = set(
                store.run(
                    lambda conn: [
                        r[0]
                        for r in conn.execute(
                            "SELECT id FROM quotes WHERE speaker_id = ? ORDER BY published DESC, id DESC LIMIT ?",
                            (speaker_id, limit),
                        )
                    ]
                )
            )
            if not ids:
                return []
            # quotes() takes a name, which may also mean others (a surname, an alias): keep
            # this speaker's own, reading them all only when others came in between.
            found = quotes(store, speaker=str(row[0]), limit=limit)
            if any(q.id not in ids for q in found):
                found = quotes(store, speaker=str(row[0]), limit=None)
            return [q for q in found if q.id in ids]

        return self._call(read)

    def search_quotes(self, text: str, limit: int = 200) -> list[IndexedQuote]:
        """Quotes whose text or speaker's name matches `text`, newest first."""
        if not text.strip():
            return []
        from newstui.whosaid.index import quotes

        return self._call(lambda store: quotes(store, search=text, limit=limit))

    def rename_speaker(self, speaker: SpeakerSummary, canonical: str) -> None:
        """Correct a speaker's name: the name shown and every full form written for them
        become `canonical`, as user corrections (they persist, and win over the config's)."""
        from newstui.whosaid.index import set_speaker_alias

        def rename(store: Store) -> None:
            forms = store.run(
                lambda conn: [
                    str(r[0])
                    for r in conn.execute(
                        "SELECT name FROM speaker_forms WHERE speaker_id = ? AND instr(name, ' ') > 0 ORDER BY n DESC",
                        (speaker.id,),
                    )
                ]
            )
            for written in dict.fromkeys([speaker.name, *forms]):
                set_speaker_alias(store, written, canonical)

        self._write(rename)

    def stories(self, limit: int | None = 100, offset: int = 0) -> list[Story]:
        """Stories of two or more feeds, newest first."""
        from newstui.whosaid.index import stories

        return self._call(lambda store: stories(store, limit=limit, offset=offset))

    def story_outlets(self, item_ids: list[int]) -> dict[int, int]:
        """For the items in a story of two or more feeds: how many other feeds carry it."""
        if not item_ids:
            return {}

        def query(conn: sqlite3.Connection) -> dict[int, int]:
            found: dict[int, int] = {}
            for start in range(0, len(item_ids), 500):
                chunk = item_ids[start : start + 500]
                found.update(
                    conn.execute(
                        "SELECT si.item_id, s.feeds - 1 FROM story_items AS si JOIN stories AS s ON s.id = si.story_id"
                        f" WHERE si.item_id IN ({','.join('?' * len(chunk))}) AND s.feeds >= 2",
                        chunk,
                    ).fetchall()
                )
            return found

        return self._call(lambda store: store.run(query))

    def quote_outlets(self, item_id: int) -> dict[int, tuple[int, int]]:
        """The item's quotes that other feeds also carry, by their order in the article:
        (quote id, how many other feeds)."""

        def query(conn: sqlite3.Connection) -> dict[int, tuple[int, int]]:
            rows = conn.execute(
                "SELECT q.ord, q.id, count(DISTINCT i.feed_id) FROM quotes AS q"
                " JOIN story_quotes AS sq ON sq.quote_id = q.id"
                " JOIN story_quotes AS other ON other.story_id = sq.story_id"
                " JOIN quotes AS oq ON oq.id = other.quote_id JOIN items AS i ON i.id = oq.item_id"
                " WHERE q.item_id = ? AND i.feed_id <> q.feed_id GROUP BY q.id",
                (item_id,),
            ).fetchall()
            return {int(r[0]): (int(r[1]), int(r[2])) for r in rows}

        return self._call(lambda store: store.run(query))

    def outlets_for_quote(self, quote_id: int) -> list[StoryItem]:
        """The items (of every feed) carrying that quote's quotation, newest first."""
        from newstui.whosaid.index import outlets_for_quote

        return self._call(lambda store: outlets_for_quote(store, quote_id))

    def quote_place(self, quote_id: int) -> tuple[int, int, int] | None:
        """(item id, section, paragraph) of a stored quote: where its article scrolls to."""

        def query(conn: sqlite3.Connection) -> tuple[int, int, int] | None:
            row = conn.execute("SELECT item_id, section, paragraph FROM quotes WHERE id = ?", (quote_id,)).fetchone()
            return None if row is None else (int(row[0]), int(row[1]), int(row[2]))

        return self._call(lambda store: store.run(query))

    # -- read state and bookmarks ---------------------------------------------------------------

    def set_read(self, item_ids: Sequence[int], read: bool = True) -> None:
        self._write(lambda store: store.set_read(item_ids, read=read))

    def set_bookmarked(self, item_id: int, bookmarked: bool) -> None:
        self._write(lambda store: store.set_bookmarked(item_id, bookmarked))

    def toggle_bookmark(self, item: Item) -> bool:
        """Flip the item's bookmark; returns the new state."""
        new = not item.bookmarked
        self.set_bookmarked(item.id, new)
        return new

    def mark_feed_read(self, feed_url: str | None) -> int:
        """Mark every item of a feed (None: of every feed) read; returns how many changed."""
        return self._write(lambda store: store.mark_feed_read(feed_url))

    # -- articles ----------------------------------------------------------------------------

    def cached_article(self, item: Item) -> Article | None:
        """The stored extraction of the item, if the current extractor made it.

        One made from the feed's own text (source "feed": the feed carries the whole
        post, or the page had no article) is made again from the item as stored now, so
        a post the feed has since edited shows as edited (no network: it is the same
        work as showing the feed's text).
        """

        def read(store: Store) -> tuple[Article | None, Item | None]:
            article = store.article(item.id, EXTRACTOR_VERSION)
            return article, (store.item(item.id) if article is not None and article.source == "feed" else None)

        cached, current = self._call(read)
        if cached is not None and cached.source == "feed":
            return article_from_entry(current or item)
        return cached

    @staticmethod
    def feed_article(item: Item) -> Article:
        """The feed entry's own text laid out as an article (no network)."""
        return article_from_entry(item)

    def article_edited(self, item: Item) -> bool:
        """Whether the feed has edited the item since its cached page article was made
        (`Store.article_edited`): its page is worth fetching again.
        """
        return self._call(lambda store: store.article_edited(item.id))

    def open_article(self, item: Item) -> ArticleResult:
        """The best article for the item: cached, else fetched and extracted, else the feed text.

        A cached page article the feed has since edited (`article_edited`) is fetched again,
        as the article pass does with `fetch_full_articles` on; with it off that pass never
        runs, and opening the item is the only time its page is asked for. When that fetch
        fails the old article stands. Blocks on the network: call from a thread worker.
        """
        cached = self.cached_article(item)
        if cached is None:
            return self.fetch_article(item)
        if cached.source == "page" and item.link and self.article_edited(item):
            return self.fetch_article(item, old=cached)
        return ArticleResult(item.id, cached, "cached")

    def fetch_article(self, item: Item, old: Article | None = None) -> ArticleResult:
        """Fetch and extract the item's page now (a worker's job); falls back to the feed text,
        or to `old` (the cached article of a page fetched again) when given.

        Uses the Library's Fetcher (the config's timeout and size cap) and gives up after
        `page_deadline` seconds. A page that is fetched is cached in the store.

        Raises:
            LibraryClosed: the Library was closed meanwhile (the app is quitting).
        """
        link = item.link
        if not link:
            if old is not None:
                return ArticleResult(item.id, old, "cached")
            return ArticleResult(
                item.id, self.feed_article(item), "feed", "This item has no link; showing the feed's text."
            )
        from newstui.feeds.articles import article_for, page_article_lost

        extract_in = _DaemonExecutor()
        try:
            article = self._network(lambda fetcher: article_for(item, fetcher, extract_in), f"fetching {link}")
        except LibraryClosed:
            raise
        except TimeoutError:
            error = f"{link}: gave up after {self.page_deadline:g} s"
        except NewstuiError as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - an extractor bug falls back to the feed text, with its reason shown
            error = f"{link}: {type(exc).__name__}: {exc}"
        else:
            if old is not None and (lost := page_article_lost(item, article)):
                return ArticleResult(item.id, old, "cached", lost)
            notice: str | None = None
            try:
                self._write(lambda store: store.save_article(item.id, article, EXTRACTOR_VERSION))
            except LibraryClosed:
                raise
            except NewstuiError as exc:
                notice = f"The article is shown but could not be cached: {exc}"
            return ArticleResult(item.id, article, "page" if article.source == "page" else "feed", notice)
        if old is not None:
            return ArticleResult(
                item.id, old, "cached", f"Showing the article as fetched before the feed's edit: {error}"
            )
        return ArticleResult(item.id, self.feed_article(item), "feed", f"Showing the feed's text: {error}")

    # -- the config file and downloads -----------------------------------------------------------

    def save_theme(self, name: str) -> None:
        """Write `theme = name` into the config file, comments and layout kept.

        Blocks while another program holds the file's lock: call from a thread.

        Raises:
            ConfigError: the file cannot be read or written.
        """
        from newstui.config.edit import set_theme

        set_theme(self.config.path, name)

    def new_feed_problem(self, url: str) -> str | None:
        """Why `url` cannot be added as a feed (not plain http(s), already configured), or None."""
        from newstui.config.edit import new_feed_problem

        return new_feed_problem(self.config, url)

    def add_feeds(self, feeds: Sequence[FeedConfig]) -> tuple[list[FeedConfig], list[tuple[FeedConfig, str]]]:
        """Add feeds to the config file as `newstui add` and `import-opml` do (comments and
        layout kept; each feed already there skipped, with why), then take the file's feeds
        as they are now (`reread_feeds`). Blocks on the file's lock: call from a thread.

        Raises:
            ConfigError: the file is broken or cannot be written: nothing was added.
        """
        from newstui.config.edit import add_feeds

        added, skipped = add_feeds(self.config.path, feeds)
        if added:
            self.reread_feeds()
        return added, skipped

    @staticmethod
    def read_opml(path: Path) -> list[FeedConfig]:
        """The feeds an OPML file lists (OpmlError: it cannot be read or is no OPML)."""
        from newstui.feeds.opml import read_opml

        return read_opml(path)

    async def download_enclosure(self, url: str, media_type: str | None = None) -> Path:
        """Download an attachment into the config's `download_dir` (never over a file), within
        `max_download_mb` and `timeout_seconds`. Returns the file written.

        A coroutine for the caller's event loop (the app's: it streams, never blocks).

        Raises:
            FetchError: (a `DownloadError`) the file could not be fetched or written.
        """
        from newstui.feeds.download import download

        general = self.config.general
        return await download(
            url,
            general.download_path,
            max_bytes=general.max_download_mb * 1024 * 1024,
            timeout=general.timeout_seconds,
            media_type=media_type,
            proxy=general.proxy,
        )

    def last_item_id(self) -> int:
        """A mark taken before a refresh: the items stored after it are the new ones."""
        return self._call(lambda store: store.last_item_id())

    def fetch_new_articles(
        self, after_id: int | None = None, limit: int = 200, progress: ProgressCallback | None = None
    ) -> int:
        """Fetch and extract the pages of items without a current article (those stored
        after `after_id` when given), newest first, at most `limit`, with the config's
        article concurrency, through the Library's Fetcher (as opened pages). Does nothing
        when `fetch_full_articles` is off. The pass ends after `article_deadline(config)`;
        the pages left are tried again by the next pass.

        Blocks: call from a thread worker. `progress` gets a `ProgressEvent` (stage
        "articles") on the network thread after each page: it must not block.

        The pass holds the refresh lock (`feeds.refresh_lock`, role "articles"), so a
        `newstui refresh` started meanwhile fetches nothing rather than the same pages
        again; a refresh of this app may run alongside (it fetches feeds, not these pages).

        Returns how many articles were stored.

        Raises:
            RefreshRunning: another process is refreshing this database; nothing was
                fetched (its own article pass retries recent items without an article).
            LibraryClosed: close() cancelled it (the articles stored stay stored).
        """
        if not self.config.general.fetch_full_articles:
            return 0  # refresh_articles would store nothing: no lock, no database
        from newstui.feeds.articles import article_deadline, refresh_articles
        from newstui.feeds.refresh_lock import refresh_lock

        deadline = article_deadline(self.config)
        with refresh_lock(self.db_path, "articles") as other:
            if other is not None:
                raise RefreshRunning(self.db_path, other)
            store = self._open_store()
            try:
                summary = self._network(
                    lambda fetcher: refresh_articles(
                        self.config,
                        store,
                        after_id=after_id,
                        limit=limit,
                        progress=progress,
                        fetcher=fetcher,
                        deadline=deadline,
                    ),
                    "fetching the new articles",
                    # refresh_articles ends at its deadline, leaving what is not done; this
                    # bound is only for a pass stuck past it (an extraction that never yields).
                    deadline=deadline + CLOSE_WAIT_SECONDS + self.page_deadline,
                )
                return summary.stored
            finally:
                store.close()

    # -- refresh -----------------------------------------------------------------------------

    def refresh(self, only: list[str] | None = None, progress: ProgressCallback | None = None) -> RefreshSummary:
        """Fetch the feeds (all, or the URLs in `only`) into the store.

        Runs its own event loop: call from a thread worker so the UI never waits on parsing or writes.
        `progress` gets a `ProgressEvent` (stage "feeds") on that loop once per feed: it must not block.

        `only` names feeds (the r key), so they are fetched even when their server said 410
        or asked to wait; the timer passes what `feeds_due` gave, which leaves those out.

        Raises:
            RefreshRunning: another refresh of this database runs (`newstui refresh`, say);
                nothing was fetched.
            LibraryClosed: close() cancelled it (what was written stays written).
        """
        from newstui.feeds.refresh import refresh_feeds
        from newstui.feeds.refresh_lock import refresh_lock

        # The lock `newstui refresh` takes too: never two refreshes of one database at once
        # (cron's and the app's would fetch everything twice). Tried, never waited for; held as
        # "app", so a cron refresh refused meanwhile names the reader app.
        with refresh_lock(self.db_path, "app") as other:
            if other is not None:
                raise RefreshRunning(self.db_path, other)
            _ready_process_helpers()
            store = self._open_store()
            try:
                return self._run_here(refresh_feeds(self.config, store, only=only, progress=progress), "the refresh")
            finally:
                store.close()

    # -- filter rules and saved searches -------------------------------------------------------

    def apply_filters(self) -> bool:
        """Bring the cache up to date with the config's `[[filters]]` (call once at start).

        Returns True when the rules had changed and were applied to the whole cache.
        """
        from newstui.config.filters import config_filter_set

        filters = config_filter_set(self.config)
        return self._write(lambda store: store.set_filters(filters))

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

    def query_page(
        self, name: str, offset: int, limit: int, total: int | None = None, unread: bool = False
    ) -> list[Item]:
        """`limit` items of the saved search `name` from row `offset`, newest first (as `page`).

        `unread` narrows it to unread items. Raises ConfigError for an unknown name.
        """
        where = self._where(ItemFilter("query", name), unread)
        return self._call(lambda store: store.items(where, limit=limit, offset=offset, total=total))

    def query_count(self, name: str, unread: bool = False) -> int:
        """How many items the saved search `name` selects (ConfigError for an unknown name)."""
        where = self._where(ItemFilter("query", name), unread)
        return self._call(lambda store: store.count_items(where))


@dataclass(frozen=True, slots=True)
class QueryCount:
    """A saved search as the feed list shows it."""

    name: str
    unread: int
    total: int
