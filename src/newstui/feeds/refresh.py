"""Refresh: fetch every configured feed, parse, and write the items to the store.

The pipeline, for N feeds at once:

    fetch (asyncio, one httpx client) ──body──▶ parse (2 worker processes)
          └── 304 Not Modified: no parse, no items            │
                                           FeedUpdate ◀────────┘
                         batches of updates ──▶ store.apply_updates (a thread; one transaction each)

Fetching goes on while the workers parse and while a batch is written. A feed
that fails is reported and never stops the others; a batch that cannot be written
fails its feeds (with the store's error) and the refresh goes on.
"""

from __future__ import annotations

import asyncio
import operator
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from newstui.errors import ConfigError, FetchError, NewstuiError
from newstui.model import Feed, FeedAuth, FeedConfig, FeedUpdate, ParsedFeed, ParsedItem

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from newstui.config import Config
    from newstui.feeds.fetch import Fetcher, FetchResult
    from newstui.store import Store

PARSE_WORKERS = 2
# A batch is written when it holds this many feeds or items, whichever comes first:
# big enough that a transaction's fixed cost is spread, small enough to keep memory flat.
BATCH_FEEDS = 100
BATCH_ITEMS = 2500
GONE = 410
GONE_NOTE = (
    "the server says this feed was removed for good; newstui no longer fetches it in a full refresh "
    "(remove it from the config, or refresh it by name to try again)"
)
NOT_BEFORE_CAP = timedelta(hours=24)
"""The longest wait a server's Retry-After can impose on later refreshes: a bigger value
(a misconfigured server, a date years ahead) is taken as this."""


ProgressStage = Literal["feeds", "articles"]


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    """One feed, or one article page, is done: what every `progress` callback receives.

    A refresh sends one per feed (stage "feeds"), after it is fetched and parsed; the
    article pass (`feeds.articles`) one per page (stage "articles"), after it is
    fetched, extracted and stored or has failed. One type, so whoever shows progress
    (the CLI's bar, the app's status line) reads typed fields, never guesses.
    """

    url: str
    """The feed's URL (stage "feeds") or the page's (stage "articles"; "" for an item without a link)."""
    done: int
    """Feeds (pages) finished so far, this one included."""
    total: int
    ok: bool
    status: int | None = None
    error: str | None = None
    """Why the feed failed, or the parse problem of a feed that partly parsed."""
    not_modified: bool = False
    moved_to: str | None = None
    """The new URL after a permanent redirect."""
    items: int = 0
    """Items in the document (0 for a 304; 0 for a page)."""
    stage: ProgressStage = "feeds"
    """Which pass sent it: the feeds of a refresh, or the article pages after it."""

    @property
    def final(self) -> bool:
        """The last event of its pass (the one a throttled display must always show)."""
        return self.done >= self.total


ProgressCallback = Callable[[ProgressEvent], None]
"""What a refresh and the article pass call after each feed or page (on their event loop: it must not block)."""


@dataclass(frozen=True, slots=True)
class FeedFailure:
    url: str
    error: str
    status: int | None = None


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    """What a refresh did."""

    total: int
    ok: int
    """Feeds fetched (200 or 304), including those with `warnings`."""
    not_modified: int
    failed: list[FeedFailure] = field(default_factory=list)
    warnings: list[FeedFailure] = field(default_factory=list)
    """Feeds that were stored but whose document was partly malformed."""
    moved: list[tuple[str, str]] = field(default_factory=list)
    """(old URL, new URL) for each permanent redirect; the store now uses the new one."""
    not_saved: list[FeedFailure] = field(default_factory=list)
    """Feeds fetched but lost when their batch could not be written (also in `failed`)."""
    new_items: int = 0
    new_by_feed: dict[str, int] = field(default_factory=dict)
    duration: float = 0.0
    """Seconds for the whole refresh."""
    write_seconds: float = 0.0
    """Seconds spent writing batches to the store (overlapping the fetching)."""
    pruned: int = 0
    """Items retention (`max_items`, `keep_days`) deleted after the refresh."""
    prune_error: str | None = None
    """Why retention could not be applied (a database error), if it could not."""
    waiting: list[tuple[str, datetime]] = field(default_factory=list)
    """(URL, until when, UTC) for each feed whose server asked to wait (429/503 with
    Retry-After): not fetched because an earlier answer asked it (not in `total`), or
    answered so in this refresh; neither ok nor failed."""
    pages_due: int = 0
    """Pages an article pass would fetch now: the new items', and those of items the feed
    edited (this refresh or an earlier one) whose page article is to be made again. With
    `fetch_full_articles` off, only the new items. A caller starting the pass after a
    refresh asks this, not `new_items`: a refresh that only edits items brings none."""


@dataclass(frozen=True, slots=True)
class _Target:
    """A feed to fetch: `url` is how the store knows it (after any earlier redirect)."""

    url: str
    etag: str | None
    last_modified: str | None
    feed: FeedConfig | None = None
    """Its config entry: per-feed headers, credentials, user agent."""
    gone: bool = False
    """Its last answer was 410 Gone: not fetched again unless asked for by name."""


def fetcher_options_for(config: Config) -> dict[str, Any]:
    """The Fetcher settings of the config's `[general]` table."""
    general = config.general
    timeout = float(general.timeout_seconds)
    return {
        "max_connections": general.max_connections,
        "per_host": general.per_host_connections,
        "timeout": timeout,
        "total_timeout": timeout,
        "max_bytes": general.max_response_bytes,
        "proxy": general.proxy,
        "transport": general.http_transport,
    }


def select_feeds(config: Config, only: str | Sequence[str] | None) -> list[FeedConfig]:
    """The configured feeds to refresh: all, or those named in `only` (ConfigError if unknown)."""
    if only is None:
        return list(config.feeds)
    wanted = [only] if isinstance(only, str) else list(only)
    chosen: list[FeedConfig] = []
    seen: set[str] = set()  # the feeds of an OPML import added in the reader: thousands, no scan per URL
    for url in wanted:
        feed = config.feed(url)
        if feed is None:
            from newstui.config.urls import hide_password

            raise ConfigError(config.path, f"no feed {hide_password(url)} in the config", key="feeds")
        if feed.url not in seen:
            seen.add(feed.url)
            chosen.append(feed)
    return chosen


async def refresh_feeds(
    config: Config,
    store: Store,
    *,
    only: str | Sequence[str] | None = None,
    progress: ProgressCallback | None = None,
    fetcher_options: Mapping[str, Any] | None = None,
    workers: int = PARSE_WORKERS,
    named: bool | None = None,
) -> RefreshSummary:
    """Fetch the configured feeds (or the URLs in `only`) into `store`.

    Args:
        config: the loaded config; its feeds are synced to the store first.
        store: the open store (used from a worker thread for long writes).
        only: a feed URL or URLs from the config to refresh instead of all.
        progress: called on the event loop after each feed is fetched and parsed.
        fetcher_options: overrides of the `Fetcher` settings taken from the config.
        workers: processes that parse feeds (0 parses in this process, for tests).
        named: the feeds of `only` were named by the user (`--feed URL`, the app's r), as
            opposed to chosen by a schedule (`--due`, the app's timer). Default: `only` given.

    A good citizen does not ask a server again what it said not to ask: in a refresh
    of all feeds, or of the due ones (`named=False`), a feed whose last answer was 410
    Gone is not fetched (it is listed as failed, with why), nor one whose server asked
    to wait (429/503 with Retry-After, kept in the store across runs) until that time
    has passed (it is listed in `waiting`). Naming the feed fetches it anyway.

    Raises:
        ConfigError: a URL in `only` is not in the config.
        StoreError: the database failed; per-feed errors never raise.
    """
    started = time.perf_counter()
    feeds = select_feeds(config, only)
    store.sync_feeds(config.feeds)
    known = store.feeds()
    # Filter rules: re-applied to the cache if they changed; the batches then
    # apply them to new and changed items in the transaction that stores them.
    from newstui.config.filters import config_filter_set

    store.set_filters(config_filter_set(config))
    if named is None:
        named = only is not None
    held = {} if named else held_back(known, datetime.now(UTC))
    targets: list[_Target] = []
    waiting: list[tuple[str, datetime]] = []
    for target in _targets(store, feeds):
        if target.url not in held:
            targets.append(target)
        elif (until := held[target.url]) is None:
            targets.append(replace(target, gone=True))
        else:
            waiting.append((target.url, until))
    # A feed without validators will send a body: then the workers start now, so
    # their fork and imports overlap the first requests. When every feed may answer
    # 304 they start with the first body, if one comes.
    certain_body = any(t.etag is None and t.last_modified is None for t in targets)
    pool = _parse_pool(workers, start=certain_body) if targets else None
    options = {**fetcher_options_for(config), **(fetcher_options or {})}
    run = _Run(store, len(targets), progress, _subscribed(store, config, known))
    finished = False
    try:
        from newstui.feeds.fetch import Fetcher

        async with Fetcher(**options) as fetcher:
            tasks = [asyncio.create_task(run.feed(fetcher, pool, t)) for t in targets]
            try:
                await asyncio.gather(*tasks)
            finally:
                for task in tasks:
                    task.cancel()
        await run.flush(final=True)
        finished = True
    finally:
        if pool is not None and finished:
            # Every parse is done: join the pool (its workers exit at once), so its manager
            # thread is gone before the interpreter exits; CPython 3.11's exit hook otherwise
            # races that thread to the pool's wake-up pipe and prints a "Bad file descriptor"
            # traceback after a refresh that worked (seen about once in 20 cron runs).
            await asyncio.to_thread(pool.shutdown, wait=True, cancel_futures=True)
        elif pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)  # failing or cancelled: never wait
    pruned, prune_error = await asyncio.to_thread(apply_retention, config, store, feeds)
    summary = run.summary(time.perf_counter() - started)
    return replace(
        summary,
        pruned=pruned,
        prune_error=prune_error,
        waiting=[*waiting, *summary.waiting],
        pages_due=summary.new_items + await asyncio.to_thread(_edited_pages, config, store),
    )


def _edited_pages(config: Config, store: Store) -> int:
    """Pages of edited items an article pass would fetch again (0 when it fetches none)."""
    if not config.general.fetch_full_articles:
        return 0
    try:
        return store.count_edited_pages()
    except NewstuiError:  # a count for the caller's decision: the refresh itself is saved
        return 0


def held_back(feeds: Iterable[Feed], now: datetime) -> dict[str, datetime | None]:
    """The feeds a refresh chosen by schedule leaves alone, by their stored URL: None for a
    feed whose last answer was 410 Gone (for good), else the time its server asked to wait
    until (429/503 with Retry-After, still ahead of `now`, and not more than NOT_BEFORE_CAP
    ahead: a wait further off was asked before the clock was set back).

    The one rule behind a full refresh, `newstui refresh --due` and the app's timer
    (`service.Library.feeds_due`); a feed named by the user is fetched whatever it says.
    """
    held: dict[str, datetime | None] = {}
    for feed in feeds:
        if feed.last_status == GONE:
            held[feed.url] = None
        elif (until := feed.waiting_until(now)) is not None and until <= now + NOT_BEFORE_CAP:
            # Further ahead than any server may ask: the clock was set back since it asked.
            held[feed.url] = until
    return held


def not_before(retry_after: float | None, now: datetime) -> datetime | None:
    """When a feed may be asked again, from the seconds a Retry-After asked for.

    None for no Retry-After, or one already past (0 or less); an absurd one is cut to
    NOT_BEFORE_CAP, so a server's mistake never silences a feed for weeks.
    """
    if retry_after is None or not retry_after > 0:  # also NaN
        return None
    return now + min(timedelta(seconds=min(retry_after, 1e9)), NOT_BEFORE_CAP)


def waiting_note(until: datetime, now: datetime | None = None) -> str:
    """How a refresh lists a feed it skipped at its server's request."""
    return f"waiting until {local_time(until, now)} (server asked)"


def local_time(moment: datetime, now: datetime | None = None) -> str:
    """ "HH:MM" in local time; "tomorrow HH:MM", or the date too, when not today."""
    local = moment.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    if local.date() <= today:
        return f"{local:%H:%M}"
    if local.date() == today + timedelta(days=1):
        return f"tomorrow {local:%H:%M}"
    return f"{local:%a %d %b %H:%M}"


def apply_retention(config: Config, store: Store, feeds: Sequence[FeedConfig] | None = None) -> tuple[int, str | None]:
    """Apply `max_items` / `keep_days` to `feeds` (default: all configured ones).

    Returns:
        (items deleted, None), or (0, the store's error) when the database refused.
    """
    chosen = config.feeds if feeds is None else feeds
    policies = {feed.url: config.retention_for(feed) for feed in chosen}
    if not any(max_items > 0 or keep_days > 0 for max_items, keep_days, _ in policies.values()):
        return 0, None
    try:
        return store.prune(policies)[0], None
    except NewstuiError as error:  # StoreError: the refresh itself is saved; say why this was not
        return 0, str(error)


# -- per-feed credentials -----------------------------------------------------------------

PASSWORD_COMMAND_TIMEOUT = 10.0
"""Seconds a `password_command` may take (a password manager may ask for a passphrase)."""


class CredentialError(NewstuiError):
    """A feed's password could not be read. The message never contains the password."""


def resolve_password(auth: FeedAuth, timeout: float = PASSWORD_COMMAND_TIMEOUT) -> str:
    """The password of `auth`: from its environment variable, or the first line its command prints.

    The command is run as an argument list (never through a shell), with no
    standard input, and killed after `timeout` seconds.

    Raises:
        CredentialError: the variable is unset or empty, or the command is missing,
            fails, times out or prints nothing. Its output is never quoted.
    """
    import os
    import subprocess

    if auth.password_env is not None:
        value = os.environ.get(auth.password_env)
        if not value:
            raise CredentialError(f"auth: the environment variable {auth.password_env} is not set")
        return value
    command = list(auth.password_command)
    name = command[0]
    try:
        done = subprocess.run(
            command, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, check=False, shell=False
        )
    except FileNotFoundError:
        raise CredentialError(f"auth: password_command {name!r} was not found") from None
    except PermissionError:
        raise CredentialError(f"auth: password_command {name!r} cannot be run (permission denied)") from None
    except subprocess.TimeoutExpired:
        raise CredentialError(f"auth: password_command {name!r} took more than {timeout:g} s") from None
    except OSError as error:
        raise CredentialError(f"auth: password_command {name!r} cannot be run: {error.strerror or error}") from None
    if done.returncode != 0:
        # Its error output says why (e.g. "not in the password store"); its standard output is never shown.
        from newstui.text import one_line

        said = one_line(done.stderr.decode("utf-8", "replace"))[:200]
        raise CredentialError(
            f"auth: password_command {name!r} failed (exit status {done.returncode})" + (f": {said}" if said else "")
        )
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    password = lines[0] if lines else ""
    if not password:
        raise CredentialError(f"auth: password_command {name!r} printed no password")
    return password


async def _request_options(
    url: str, feed: FeedConfig | None, passwords: dict[FeedAuth, asyncio.Task[str]] | None = None
) -> dict[str, Any]:
    """The fetch() keywords of a feed's own settings: user agent, headers, credentials.

    Headers and credentials are meant for the configured URL's host: after a
    permanent move to another host (the store's `url`) they are not sent.
    `passwords` shares one lookup per credential among a refresh's feeds, so a
    password manager is asked once, not once per feed.
    """
    if feed is None:
        return {}
    from newstui.feeds.fetch import same_site

    options: dict[str, Any] = {}
    if feed.user_agent:
        options["user_agent"] = feed.user_agent
    if not same_site(feed.url, url):
        return options
    if feed.headers:
        options["headers"] = feed.headers
    if feed.auth is not None:
        if passwords is None:
            passwords = {}
        task = passwords.get(feed.auth)
        if task is None:
            task = passwords[feed.auth] = asyncio.ensure_future(asyncio.to_thread(resolve_password, feed.auth))
        # shield: one feed cancelled must not cancel the lookup other feeds wait on.
        options["auth"] = (feed.auth.user, await asyncio.shield(task))
    return options


def _targets(store: Store, feeds: Sequence[FeedConfig]) -> list[_Target]:
    """Each feed with its stored URL (a redirect may have moved it) and the validators its
    request will carry.

    A stored validator a header cannot carry (an older newstui kept one) is not sent, so it is
    none here: the request is unconditional, and a 304 to it is the feed's error, not "ok"."""
    from newstui.feeds.fetch.headers import sendable_validator

    # fetch_states: one query instead of one per feed
    states = store.fetch_states()
    targets: list[_Target] = []
    seen: set[str] = set()
    for feed in feeds:
        url = feed.url
        if url not in states:
            stored = store.feed(url)  # resolves the old URL of a moved feed
            if stored is not None:
                url = stored.url
            states[url] = store.fetch_state(url)
        if url in seen:
            continue
        seen.add(url)
        etag, last_modified = states[url]
        targets.append(_Target(url, sendable_validator(etag), sendable_validator(last_modified), feed))
    return targets


def _subscribed(store: Store, config: Config, known: Sequence[Feed]) -> dict[str, int]:
    """Feed id by URL for every subscribed feed: its stored URL (`known`: the store's feeds, read
    once by the caller) and the config's (older) one."""
    ids = {feed.url: feed.id for feed in known}
    for feed_config in config.feeds:
        if feed_config.url not in ids:
            stored = store.feed(feed_config.url)  # a feed moved by an earlier redirect
            if stored is not None:
                ids[feed_config.url] = stored.id
    return ids


def _parse_pool(workers: int, *, start: bool = False) -> Executor | None:
    if workers <= 0:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork is cheapest, but forking a process that runs other threads (the app) can
    # deadlock the child on a lock some thread held; forkserver is safe there.
    methods = multiprocessing.get_all_start_methods()
    context: multiprocessing.context.BaseContext
    if "fork" in methods and threading.active_count() == 1:
        context = multiprocessing.get_context("fork")
    elif "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
    else:
        context = multiprocessing.get_context("spawn")
    # A forked worker's parent is this process; under forkserver it is the server.
    parent = os.getpid() if context.get_start_method() == "fork" else None
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_worker, initargs=(parent,))
    if start:
        pool.submit(int)  # a pool forks its workers on the first submit: all of them, now
    return pool


def _warm_worker(parent: int | None = None) -> None:
    """Import the parser in each worker up front, while the first fetches are in flight."""
    _end_with_parent(parent)
    from lxml import etree  # noqa: F401 - imported for its cost, not its name

    import newstui.feeds.parse  # noqa: F401 - imported for its cost, not its name


def _end_with_parent(parent: int | None) -> None:
    """Make a parse worker end when the process that made it dies.

    A `newstui refresh` killed with SIGKILL (cron's timeout, the OOM killer) cannot
    shut its pool down, and its idle workers would otherwise wait on their queue for
    ever. Linux can send the worker a signal when its parent dies; `parent` (the pid
    that forked it, when known) catches a parent that died before that was asked.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            return  # no prctl to ask: the worker lives as before
    if parent is not None and os.getppid() != parent:
        os._exit(0)


# A parsed feed as it crosses from a worker: (title, site_url, error, items), each item
# a tuple of ParsedItem's fields in order. Plain tuples pickle and unpickle (and
# rebuild) about 2.5 times faster than frozen dataclasses, whose state goes through
# Python code both ways.
_Compact = tuple[str | None, str | None, str | None, list[tuple[Any, ...]]]
_item_fields = operator.attrgetter(*(f.name for f in fields(ParsedItem)))


def parse_job(body: bytes, url: str, content_type: str | None) -> _Compact | str:
    """Parse in a worker: the feed in compact form, or the error message (errors never cross as exceptions)."""
    from newstui.feeds.parse import parse_feed

    try:
        feed = parse_feed(body, url, content_type)
    except NewstuiError as error:
        # Not every NewstuiError has a `message` (the bare text without the URL): ParseError does.
        return getattr(error, "message", None) or str(error)
    except Exception as error:  # noqa: BLE001 - a parser bug must fail one feed (with a message), not the refresh
        return f"could not parse the feed: {type(error).__name__}: {error}"
    return (feed.title, feed.site_url, feed.error, list(map(_item_fields, feed.items)))


def _empty(body: bytes | None) -> bool:
    """A 200 whose body is nothing but white space (None is a 304's, not empty)."""
    return body is not None and len(body) <= 1024 and not body.strip()


def _expand(compact: _Compact | str) -> ParsedFeed | str:
    """The ParsedFeed of a worker's compact answer (an error message stays as it is)."""
    if isinstance(compact, str):
        return compact
    title, site_url, error, items = compact
    return ParsedFeed(title=title, site_url=site_url, items=[ParsedItem(*item) for item in items], error=error)


def _cut_note(encoding: str) -> str:
    """A document's fault when its compressed body ended inside the stream: the download."""
    return f"the download was cut short: the {encoding}-compressed body ends before its stream does"


def _length_note(result: FetchResult) -> str:
    """What a document's fault is when the server sent more than its Content-Length said.

    A length counted before the body was edited (a CMS plugin appending to the feed, a
    proxy rewriting it) ends the answer early: the rest arrives as stray bytes, and the
    document read up to the length looks broken though the server's header is what is wrong.
    """
    declared = result.headers.get("content-length", "?")
    return (
        f"the server sent more than its Content-Length of {declared} bytes: the document was cut there "
        "(the server's header is wrong, not the feed)"
    )


def _whole_document(body: bytes | None) -> bool:
    """Whether a feed document ends with its root's end tag (`cleaning.ends_with_root_end`):
    its compressed stream may have lost its last bytes, the document did not."""
    from newstui.feeds.parse.cleaning import ends_with_root_end

    return body is not None and ends_with_root_end(body)


def _cut_document(result: FetchResult, parsed: ParsedFeed) -> bool:
    """Whether `parsed` is the start of a document whose download was cut (its compressed
    stream unfinished, or the document stopping inside an item: `cleaning.ends_inside_item`).

    The server's ETag and Last-Modified describe the whole document: stored with the part, they
    make the next request conditional, the server answers 304 and the items after the cut are
    not read until the feed changes. Such a part keeps no validators; the next fetch is whole.
    """
    from newstui.feeds.parse.cleaning import TORN_NOTE

    if not parsed.error:
        return False
    if TORN_NOTE in parsed.error:
        return True
    return result.unfinished_encoding is not None and not _whole_document(result.body)


class _Run:
    """The state of one refresh: pending batch, counts, failures."""

    def __init__(
        self,
        store: Store,
        total: int,
        progress: ProgressCallback | None,
        subscribed: Mapping[str, int] | None = None,
    ) -> None:
        self.store = store
        self.subscribed = dict(subscribed or {})
        self.total = total
        self.progress = progress
        self.done = 0
        self.ok = 0
        self.not_modified = 0
        self.failed: list[FeedFailure] = []
        self.warnings: list[FeedFailure] = []
        self.moved: list[tuple[str, str]] = []
        self.not_saved: list[FeedFailure] = []
        self.waiting: list[tuple[str, datetime]] = []
        self.new_by_feed: dict[str, int] = {}
        self.write_seconds = 0.0
        self._pending: list[FeedUpdate] = []
        self._pending_items = 0
        self._writing = asyncio.Lock()
        self._writers: list[asyncio.Task[None]] = []
        self.passwords: dict[FeedAuth, asyncio.Task[str]] = {}

    async def feed(self, fetcher: Fetcher, pool: Executor | None, target: _Target) -> None:
        update = await self._update(fetcher, pool, target)
        if update.error:
            from newstui.config.urls import hide_password

            # Stored and shown (refresh's lines, `newstui feeds`, the app): an error may name a
            # feed URL written with its password (a redirect to another subscribed feed).
            update = replace(update, error=hide_password(update.error))
        self._count(update)
        self._pending.append(update)
        self._pending_items += len(update.items or ())
        full = len(self._pending) >= BATCH_FEEDS or self._pending_items >= BATCH_ITEMS
        if full and (not self._writers or self._writers[-1].done()):
            # Written in the background: fetching and parsing go on meanwhile. While a
            # batch is being written the next one keeps growing instead of queueing.
            # Every writer is kept and awaited at the end; a failed batch is caught in
            # flush(), so none can fail unseen.
            self._writers.append(asyncio.create_task(self.flush()))

    async def _update(self, fetcher: Fetcher, pool: Executor | None, target: _Target) -> FeedUpdate:
        url = target.url
        if target.gone:
            # 410 means "gone for good": asking again on every refresh is what a bad client does.
            return FeedUpdate(url=url, ok=False, status=GONE, error=f"HTTP 410 Gone: {GONE_NOTE}")
        from newstui.feeds.fetch import ServerBusy, UnsendableRequest

        try:
            options = await _request_options(url, target.feed, self.passwords)
        except CredentialError as error:
            return FeedUpdate(url=url, ok=False, error=str(error))
        conditional = target.etag is not None or target.last_modified is not None
        try:
            result: FetchResult = await fetcher.fetch(url, target.etag, target.last_modified, **options)
            if _empty(result.body) and conditional:
                # Some servers answer a conditional request they have nothing new for with an
                # empty 200 instead of a 304: keeping those validators would fail the feed on
                # every refresh. Asked once more without them, the server shows what it has.
                result = await fetcher.fetch(url, **options)
                conditional = False
        except UnsendableRequest as error:
            if target.etag is not None or target.last_modified is not None:
                # Perhaps a stored validator: forget them so the next refresh asks afresh.
                await asyncio.to_thread(self.store.forget_validators, url)
            return FeedUpdate(url=url, ok=False, status=error.status, error=error.message)
        except ServerBusy as error:
            # Kept in the store: the next refresh (another process, perhaps cron's) waits too.
            now = datetime.now(UTC)
            until = not_before(error.retry_after, now)
            message = error.message
            if until is not None:
                message += f"; not asked again before {local_time(until, now)} (refresh it by name to ask sooner)"
            return FeedUpdate(url=url, ok=False, status=error.status, error=message, not_before=until)
        except FetchError as error:
            message = f"{error.message}: {GONE_NOTE}" if error.status == GONE else error.message
            return FeedUpdate(url=url, ok=False, status=error.status, error=message)
        except Exception as error:  # noqa: BLE001 - an unforeseen network error fails this feed only, reported
            return FeedUpdate(url=url, ok=False, error=f"{type(error).__name__}: {error}")
        taken = self._other_feed(url, result)
        if taken is not None:
            # Never a merge: a feed could otherwise take over another feed's name and items.
            return FeedUpdate(
                url=url, ok=False, status=result.status, error=f"redirects to {taken}, which is another subscribed feed"
            )
        moved = result.permanent_redirect
        if result.body is None and not conditional:
            # A 304 to a request that named no copy sends no feed (a broken server or proxy):
            # counted "not modified", the feed showed "ok" with nothing, refresh after refresh.
            return FeedUpdate(
                url=url,
                ok=False,
                error="HTTP 304 Not Modified to a request that named no copy (no ETag or date was sent): no feed came",
            )
        if result.body is None:  # 304: nothing to parse or store but the status
            return FeedUpdate(
                url=url,
                ok=True,
                status=result.status,
                etag=result.etag,
                last_modified=result.last_modified,
                new_url=moved,
            )
        parsed: ParsedFeed | str
        if pool is None:
            parsed = _expand(parse_job(result.body, result.final_url, result.content_type))
        else:
            loop = asyncio.get_running_loop()
            try:
                parsed = _expand(
                    await loop.run_in_executor(pool, parse_job, result.body, result.final_url, result.content_type)
                )
            except Exception as error:  # noqa: BLE001 - e.g. a worker killed for memory: this feed fails, reported
                parsed = f"the parser process failed: {type(error).__name__}: {error}"
        if (
            result.unfinished_encoding
            and (isinstance(parsed, str) or parsed.error)
            and not _whole_document(result.body)
        ):
            # What looks malformed is the start of a document whose download was cut.
            said = _cut_note(result.unfinished_encoding)
            if isinstance(parsed, str) or not parsed.items:
                parsed = said
            else:
                parsed = replace(parsed, error=f"{said}; the items before the cut are read")
        elif result.past_the_end:
            # Then what looks malformed is the server's Content-Length cutting the document.
            said = _length_note(result)
            if isinstance(parsed, str):
                parsed = f"{parsed}; {said}"
            elif parsed.error:
                parsed = replace(parsed, error=f"{parsed.error}; {said}")
        if isinstance(parsed, str):
            return FeedUpdate(url=url, ok=False, status=result.status, error=parsed, new_url=moved)
        if parsed.error and not parsed.items:
            return FeedUpdate(url=url, ok=False, status=result.status, error=parsed.error, new_url=moved)
        whole = not _cut_document(result, parsed)
        return FeedUpdate(
            url=url,
            ok=True,
            status=result.status,
            error=parsed.error,
            # A cut document's validators name the whole one: kept, the next answer is a 304.
            etag=result.etag if whole else None,
            last_modified=result.last_modified if whole else None,
            title=parsed.title,
            site_url=parsed.site_url,
            items=parsed.items,
            new_url=moved,
        )

    def _other_feed(self, url: str, result: FetchResult) -> str | None:
        """The URL a redirect led to when it is a different subscribed feed, else None."""
        own = self.subscribed.get(url)
        for landed in (result.permanent_redirect, result.final_url):
            if landed and landed != url:
                other = self.subscribed.get(landed)
                if other is not None and other != own:
                    return landed
        return None

    def _count(self, update: FeedUpdate) -> None:
        self.done += 1
        if update.new_url:
            self.moved.append((update.url, update.new_url))
        if not update.ok and update.not_before is not None:
            # The server asked to wait, and is not asked again until then: the feed and its
            # items are fine, so it is no failure (the feed list shows ⏸, not ✗).
            self.waiting.append((update.url, update.not_before))
        elif not update.ok:
            self.failed.append(FeedFailure(update.url, update.error or "failed", update.status))
        else:
            self.ok += 1
            if update.status == 304:
                self.not_modified += 1
            if update.error:
                self.warnings.append(FeedFailure(update.url, update.error, update.status))
        if self.progress is not None:
            self.progress(
                ProgressEvent(
                    url=update.url,
                    done=self.done,
                    total=self.total,
                    ok=update.ok,
                    status=update.status,
                    error=update.error,
                    not_modified=update.status == 304,
                    moved_to=update.new_url,
                    items=len(update.items or ()),
                )
            )

    async def flush(self, *, final: bool = False) -> None:
        """Write pending updates in batches (one transaction each), off the event loop.

        Takes full batches while there are any (all that is left when `final`), so a
        transaction never grows past BATCH_FEEDS feeds or about BATCH_ITEMS items.
        """
        if final:
            # flush() catches a batch's StoreError itself; anything else is a bug and
            # is raised here rather than lost with its task.
            await asyncio.gather(*self._writers)
        async with self._writing:
            while self._pending:
                batch = self._take_batch(final)
                if not batch:
                    return
                started = time.perf_counter()
                try:
                    counts = await asyncio.to_thread(self.store.apply_updates, batch)
                except NewstuiError as error:  # StoreError: this batch's feeds fail, the rest goes on
                    self._unsaved(batch, str(error))
                    continue
                finally:
                    self.write_seconds += time.perf_counter() - started
                for url, count in counts.items():
                    self.new_by_feed[url] = self.new_by_feed.get(url, 0) + count

    def _unsaved(self, batch: Sequence[FeedUpdate], error: str) -> None:
        """Count the feeds of a batch that could not be written as failures."""
        urls = {update.url for update in batch}
        self.warnings = [w for w in self.warnings if w.url not in urls]
        self.moved = [m for m in self.moved if m[0] not in urls]
        for update in batch:
            if update.ok:
                self.ok -= 1
                if update.status == 304:
                    self.not_modified -= 1
            else:
                self.failed = [f for f in self.failed if f.url != update.url]
                self.waiting = [w for w in self.waiting if w[0] != update.url]  # its wait was not stored
            failure = FeedFailure(update.url, f"could not be saved: {error}", update.status)
            self.failed.append(failure)
            self.not_saved.append(failure)

    def _take_batch(self, final: bool) -> list[FeedUpdate]:
        """The oldest pending updates that make a full batch (or the rest, when final)."""
        items = 0
        for end, update in enumerate(self._pending, start=1):
            items += len(update.items or ())
            if end >= BATCH_FEEDS or items >= BATCH_ITEMS:
                break
        else:
            if not final:
                return []  # not a full batch yet: let it grow
        batch, self._pending = self._pending[:end], self._pending[end:]
        self._pending_items -= items
        return batch

    def summary(self, duration: float) -> RefreshSummary:
        return RefreshSummary(
            total=self.total,
            ok=self.ok,
            not_modified=self.not_modified,
            failed=self.failed,
            warnings=self.warnings,
            moved=self.moved,
            not_saved=self.not_saved,
            new_items=sum(self.new_by_feed.values()),
            new_by_feed=self.new_by_feed,
            duration=duration,
            write_seconds=self.write_seconds,
            waiting=self.waiting,
        )
