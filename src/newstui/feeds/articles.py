"""Fetch, extract and cache the full articles of items.

Pages are fetched with `fetch.Fetcher` (bounded concurrency), extracted off the
event loop in a thread pool, and saved in the store with `EXTRACTOR_VERSION`,
so a newer extractor re-extracts. A page that can't be fetched stores nothing
(it is retried next time) and its error is returned; a page that is fetched but
holds no article stores the feed entry's own content instead (source='feed').
An entry whose feed already carries the full text is stored without fetching.

Every failure of one page (a bad URL, a network error, a charset Python can't
decode, HTML that drives the parser too deep) is that page's failure: it is
counted and listed, and the other pages are saved. A batch has an overall
deadline; pages not done by then are left for the next run, which retries
recent items that still have no article (see `refresh_articles`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

from newstui.errors import ExtractError, FetchError, ItemGone, NewstuiError, StoreError
from newstui.extract import EXTRACTOR_VERSION
from newstui.feeds.refresh import ProgressCallback, ProgressEvent, fetcher_options_for

if TYPE_CHECKING:
    from newstui.config import Config
    from newstui.feeds.fetch import Fetcher, FetchResult
    from newstui.model import Article, Item
    from newstui.store import Store

DEADLINE_PER_TIMEOUT = 10
"""The article pass of a refresh ends after this many times `timeout_seconds` (200 s by default)."""
RETRY_DAYS = 2
"""A refresh retries the pages of items at most this many days old that still have no article."""
RETRY_LIMIT = 30
"""At most this many such older pages are retried per refresh (newest first)."""
EDITED_LIMIT = 30
"""At most this many pages of items the feed has edited are fetched again per pass (newest first)."""
SAVE_GRACE = 2.0
"""Seconds the article pass waits, past its deadline, for the saves under way (all at once):
a save takes milliseconds, unless it waits for another process's write lock (up to the busy
timeout, the pass's saves one after the other); such a save is left to its thread and counts
as left."""
_MESSAGE_CHARS = 300

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


FailureCause = Literal["page", "database", "gone"]


@dataclass(frozen=True, slots=True)
class ArticleFailure:
    """An item whose page could not be fetched or extracted (nothing was stored for it)."""

    item_id: int
    url: str | None
    message: str
    cause: FailureCause = "page"
    """What failed: the page (fetch, extraction), the database refusing the article
    (read-only, full disk), or the item deleted meanwhile (`gc`, retention)."""


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What a batch of article fetches did."""

    from_page: int = 0
    """Articles extracted from their web page and stored."""
    from_feed: int = 0
    """Articles stored from the feed entry (full text in the feed, no link, or no article on the page)."""
    failed: list[ArticleFailure] = field(default_factory=list)
    """Items whose page could not be fetched: nothing stored, retried next time."""
    left: int = 0
    """Items not done when the deadline came: nothing stored, retried next time."""
    retried: int = 0
    """Of the items tried, how many were older ones retried (failed or left by an earlier run)."""
    refetched: int = 0
    """Of the items tried, how many had an article the feed has since edited (fetched again)."""

    @property
    def stored(self) -> int:
        return self.from_page + self.from_feed

    @property
    def tried(self) -> int:
        return self.from_page + self.from_feed + len(self.failed) + self.left


def _page_errors() -> tuple[type[BaseException], ...]:
    """What one page can raise besides NewstuiError, caught so it fails that page only.

    httpx errors the Fetcher did not translate; UnicodeError/LookupError from a
    charset that is unknown or not a text encoding (rot13, zlib, base64); ValueError
    from a malformed URL or document; RecursionError from HTML nested too deep for
    the parser; lxml's own errors. Anything else is a bug: it fails that page too, its
    message saying so (`fetch_articles`).
    """
    import httpx
    from lxml import etree

    return (
        NewstuiError,
        httpx.HTTPError,
        httpx.InvalidURL,
        httpx.StreamError,
        UnicodeError,
        LookupError,
        RecursionError,
        ValueError,
        etree.LxmlError,
    )


def _message(item: Item, error: BaseException) -> str:
    """The error as one line that names the page."""
    if isinstance(error, NewstuiError):
        text = str(error)
    else:
        text = f"{item.link or 'item ' + str(item.id)}: could not read the page: {type(error).__name__}: {error}"
    text = " ".join(text.split())
    return text if len(text) <= _MESSAGE_CHARS else text[: _MESSAGE_CHARS - 1] + "…"


def load_article(store: Store, item: Item) -> Article | None:
    """The cached article of an item, if it was made by the current extractor."""
    return store.article(item.id, EXTRACTOR_VERSION)


def _is_html(content_type: str | None) -> bool:
    if not content_type:
        return True  # servers that say nothing mostly send HTML
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def page_article_lost(item: Item, article: Article) -> str | None:
    """Why `article`, made again for an item whose cached article came from its page, must
    not replace that one: it is the fallback to the feed's summary (the page has no article
    now) and would lose the full text. None when it may (from the page, or the feed's own
    full text). The one rule for the article pass and for an item opened in the app.
    """
    from newstui.extract.entry import has_full_text

    if article.source == "page" or has_full_text(item):
        return None
    return f"{item.link}: the page has no article now; the one read before is kept"


async def article_for(item: Item, fetcher: Fetcher, executor: Executor | None = None) -> Article:
    """Fetch and extract one item's article (no store involved).

    Falls back to the feed entry when the feed has the full text, the item has
    no link, or the page has no article.

    Raises:
        FetchError: the page could not be fetched.
        ExtractError: the page is not HTML and the entry has nothing to show either.
    """
    from newstui.extract import article_from_entry, extract_article
    from newstui.extract.entry import has_full_text
    from newstui.feeds.parse.encoding import charset_of

    if not item.link or has_full_text(item):
        return article_from_entry(item)
    result = await fetcher.fetch(item.link)
    if result.body is None:
        raise FetchError(item.link, f"no body in the answer (HTTP {result.status})", status=result.status)
    if not _is_html(result.content_type):
        raise ExtractError(f"{result.final_url}: not a web page ({result.content_type})")
    if (cut := cut_page_note(result)) is not None:
        raise FetchError(item.link, cut)
    loop = asyncio.get_running_loop()
    try:
        page = partial(extract_article, result.body, result.final_url, charset=charset_of(result.content_type))
        return await loop.run_in_executor(executor, page)
    except ExtractError:
        fallback = article_from_entry(item)
        if not fallback.sections:
            raise
        return fallback


def cut_page_note(result: FetchResult) -> str | None:
    """What to say of a page whose download was cut short (`_page_cut`), or None when it came
    whole as far as can be told. The app's article pass and `newstui extract` say the same."""
    if result.unfinished_encoding and result.body is not None and _page_cut(result.body):
        return (
            f"the download was cut short: the {result.unfinished_encoding}-compressed page ends "
            "before its stream does, and before its end tag"
        )
    return None


def _page_cut(body: bytes) -> bool:
    """Whether a page whose compressed stream ended early (`FetchResult.unfinished_encoding`)
    is the start of one: no </body> or </html> near its end.

    A proxy's size limit or a close-delimited answer from a server that died while writing
    gives the first part of a page; extracted, that part would be cached as the article, for
    good. A server that only leaves the stream's last bytes (the gzip trailer) out sends a
    whole page, end tags and all, which is read as before.
    """
    from newstui.feeds.parse.encoding import ascii_view

    tail = ascii_view(body, _PAGE_TAIL).lower()  # a UTF-16 page's tags are not ASCII bytes
    return b"</html" not in tail and b"</body" not in tail


# How far from a page's end its end tags are looked for (scripts often follow </body>).
_PAGE_TAIL = 64 * 1024


def _retrieved(future: asyncio.Future[Any]) -> None:
    """Mark a finished future's exception as seen (the caller decided it needs no more)."""
    if not future.cancelled():
        future.exception()


async def fetch_articles(
    store: Store,
    items: Sequence[Item],
    *,
    fetcher: Fetcher | None = None,
    concurrency: int = 4,
    progress: ProgressCallback | None = None,
    deadline: float | None = None,
    keep_page: frozenset[int] = frozenset(),
) -> ArticleSummary:
    """Fetch, extract and store the articles of `items`, at most `concurrency` at once.

    With no `fetcher`, one with `Fetcher`'s defaults is opened for the batch.
    `progress` gets a `ProgressEvent` (stage "articles") after each page. Extraction
    runs in a thread pool, and store writes in threads (the Store's lock serialises
    them), so the event loop never waits on either. After `deadline` seconds the pages
    not done are cancelled and counted as `left` (a write already under way finishes, and
    counts as done if it ends within `SAVE_GRACE` seconds).
    The items in `keep_page` have an article from their page cached: only an article
    from the page, or the feed's own full text, replaces it (the feed's summary, the
    fallback when the page has no article now, would lose the full text); otherwise the
    item counts as failed.
    """
    if fetcher is None:
        from newstui.feeds.fetch import Fetcher

        async with Fetcher() as own:
            return await fetch_articles(
                store,
                items,
                fetcher=own,
                concurrency=concurrency,
                progress=progress,
                deadline=deadline,
                keep_page=keep_page,
            )

    page_errors = _page_errors()
    semaphore = asyncio.Semaphore(max(1, concurrency))
    from_page = 0
    from_feed = 0
    failed: list[ArticleFailure] = []
    done = 0
    total = len(items)

    executor = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="newstui-extract")

    def count(article: Article) -> None:
        nonlocal from_page, from_feed
        if article.source == "page":
            from_page += 1
        else:
            from_feed += 1

    async def one(item: Item) -> None:
        nonlocal done
        error_text: str | None = None
        try:
            async with semaphore:
                article = await article_for(item, fetcher, executor)
            if item.id in keep_page and (lost := page_article_lost(item, article)):
                raise ExtractError(lost)
            # In a thread: a write waiting on another process's lock must not hold up the
            # event loop (in the app it is the network thread's, shared with opened pages).
            saving = asyncio.ensure_future(asyncio.to_thread(store.save_article, item.id, article, EXTRACTOR_VERSION))
            # A save left to its thread past the deadline may still fail (the other process's
            # lock outlasting the busy timeout): that item counts as left, its error is no
            # "exception never retrieved" traceback on the terminal.
            saving.add_done_callback(_retrieved)
            try:
                await asyncio.shield(saving)
            except asyncio.CancelledError:
                # The deadline came during the write, which goes on in its thread: wait for it,
                # so a saved article counts as done, not as left; then stop. For a while only:
                # a write waiting for another process's lock would hold the pass past its
                # deadline for minutes (the busy timeout, each save in turn).
                await asyncio.wait([saving], timeout=SAVE_GRACE)
                if saving.done() and saving.exception() is None:
                    count(article)
                raise
        except page_errors as error:
            error_text = _message(item, error)
            cause: FailureCause = (
                "gone" if isinstance(error, ItemGone) else "database" if isinstance(error, StoreError) else "page"
            )
            failed.append(ArticleFailure(item.id, item.link, error_text, cause))
        except Exception as error:  # noqa: BLE001 - a bug one hostile page finds fails that page, named
            # The general pattern: one bad page is that item's error, never the run's. A bug
            # raised here ended every cron `newstui refresh` with a traceback (the page, never
            # saved, was retried at each run); the app already showed it as the page's error.
            error_text = _message(item, error) + " (a bug in newstui: please report it)"
            failed.append(ArticleFailure(item.id, item.link, error_text, "page"))
        else:
            count(article)
        finally:
            done += 1
            if progress is not None:
                progress(
                    ProgressEvent(
                        url=item.link or "",
                        done=done,
                        total=total,
                        ok=error_text is None,
                        error=error_text,
                        stage="articles",
                    )
                )

    # A few workers share one iterator of the items, rather than a task per item: a feed of
    # 300,000 items (9 MB) made 300,000 tasks at once, 1.8 GB for a cron refresh. Twice the
    # concurrency, so a worker saving its article (in a thread) leaves the fetches busy.
    queue = iter(items)

    async def worker() -> None:
        for item in queue:
            await one(item)

    tasks = [asyncio.create_task(worker()) for _ in range(min(len(items), 2 * max(1, concurrency)))]
    pending: set[asyncio.Task[None]] = set()
    ended = False
    try:
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=deadline)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for task in tasks:
            error = None if task in pending else task.exception()
            if error is not None:
                raise error  # what no page may raise (a bug), once every page has ended
        ended = not pending
    finally:
        for task in tasks:
            task.cancel()
        # An extraction still running (deadline, cancellation) is not waited for.
        executor.shutdown(wait=ended, cancel_futures=True)
    failed.sort(key=lambda f: f.item_id)
    # Left: the pages cancelled at the deadline and those no worker reached.
    left = total - from_page - from_feed - len(failed)
    return ArticleSummary(from_page=from_page, from_feed=from_feed, failed=failed, left=left)


def article_deadline(config: Config) -> float:
    """Seconds the article pass of a refresh may take: DEADLINE_PER_TIMEOUT × timeout_seconds."""
    return DEADLINE_PER_TIMEOUT * float(config.general.timeout_seconds)


async def refresh_articles(
    config: Config,
    store: Store,
    *,
    item_ids: Sequence[int] | None = None,
    after_id: int | None = None,
    fetcher: Fetcher | None = None,
    limit: int | None = 200,
    progress: ProgressCallback | None = None,
    retry: int = 0,
    deadline: float | None = None,
) -> ArticleSummary:
    """After a feed refresh: fetch and extract the pages of items without a current article.

    Does nothing when `fetch_full_articles` is off. `after_id` (from
    `store.last_item_id()` taken before the feed refresh) or `item_ids` narrows
    it to the items that refresh added; `limit` caps one run (newest first).

    Args:
        retry: with `after_id`, also retry up to this many older items of the last
            RETRY_DAYS days that still have no article (their page failed or was
            left by an earlier run), newest first, after the new ones.
        fetcher: the Fetcher to use (the app's, with its limits); None opens one with
            the config's settings (`refresh.fetcher_options_for`) for this pass.
        deadline: seconds for the whole pass (default `article_deadline(config)`);
            pages not done by then are `left` for the next run.
    """
    general = config.general
    if not general.fetch_full_articles:
        return ArticleSummary()
    items = store.items_without_article(EXTRACTOR_VERSION, limit=limit, item_ids=item_ids, after_id=after_id)
    retried = _retry_items(store, items, retry) if retry > 0 and after_id is not None and item_ids is None else []
    items = [*items, *retried]
    edited = _edited_items(store, {item.id for item in items}) if item_ids is None else []
    items += edited
    keep_page = frozenset(item.id for item in edited)
    if not items:
        return ArticleSummary()
    if deadline is None:
        deadline = article_deadline(config)
    concurrency = general.article_concurrency
    if fetcher is None:
        from newstui.feeds.fetch import Fetcher

        async with Fetcher(**fetcher_options_for(config)) as own:
            summary = await fetch_articles(
                store,
                items,
                fetcher=own,
                concurrency=concurrency,
                progress=progress,
                deadline=deadline,
                keep_page=keep_page,
            )
    else:
        summary = await fetch_articles(
            store,
            items,
            fetcher=fetcher,
            concurrency=concurrency,
            progress=progress,
            deadline=deadline,
            keep_page=keep_page,
        )
    if summary.left and keep_page:
        _unmark_left(store, keep_page - {failure.item_id for failure in summary.failed})
    return ArticleSummary(
        from_page=summary.from_page,
        from_feed=summary.from_feed,
        failed=summary.failed,
        left=summary.left,
        retried=len(retried),
        refetched=len(edited),
    )


def _edited_items(store: Store, skip: set[int], limit: int = EDITED_LIMIT) -> list[Item]:
    """Items whose cached page article the feed has since edited (`Store.edited_page_items`:
    none bookmarked, hidden or of a removed feed), newest first, at most `limit`, not in `skip`.

    Each is marked tried before its page is fetched: the old article stays until a new one
    is saved, and a page that fails is not fetched again on every refresh (only a further
    edit of the item asks again). A store that cannot be written (read-only) gives none:
    nothing could be saved.
    """
    ids = store.edited_page_items(limit, skip)
    if not ids:
        return []
    try:
        store.mark_pages_tried(ids)
    except StoreError:
        return []  # read-only or refused: no article could be saved either
    return [item for item_id in ids if (item := store.item(item_id)) is not None]


def _unmark_left(store: Store, ids: frozenset[int]) -> None:
    """Flag again the edited pages a pass left at its deadline, as left pages are tried next time."""
    # A store that refuses the write: those pages wait for the feed's next edit, as a failed one does.
    with contextlib.suppress(StoreError):
        store.mark_pages_tried(sorted(ids), tried=False)


def _retry_items(store: Store, new: Sequence[Item], count: int) -> list[Item]:
    """Up to `count` items of the last RETRY_DAYS days without an article, not in `new`."""
    since = datetime.now(UTC) - timedelta(days=RETRY_DAYS)
    skip = {item.id for item in new}
    # Newest first, not by turns: the first of every feed (old ones among them, dropped below
    # as too old) would take the places of a feed's second and third recent failures.
    candidates = store.items_without_article(EXTRACTOR_VERSION, limit=len(skip) + count, turns=False)
    old = [
        item for item in candidates if item.id not in skip and item.published is not None and item.published >= since
    ]
    return old[:count]
