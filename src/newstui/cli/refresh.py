"""`newstui refresh [--feed URL]`: fetch the feeds into the local cache, headless.

On a terminal it draws a progress bar on stderr; otherwise (cron, pipes) it prints
only what needs attention. Either way each failed feed gets a line naming its URL,
and a summary line ends the run. Exit 0 even when feeds failed: that is the feeds'
problem, not the command's; a config or database error (including a batch the
database refused to save) exits 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from datetime import UTC
from typing import TYPE_CHECKING, TextIO

from newstui.text import one_line, plural

if TYPE_CHECKING:
    from newstui.config import Config
    from newstui.feeds.articles import ArticleFailure, ArticleSummary
    from newstui.feeds.refresh import ProgressEvent, RefreshSummary
    from newstui.store import Store

BAR_WIDTH = 30
# Redraw the bar at most this often (seconds): a terminal is slower than 500 feeds.
REDRAW_EVERY = 0.05


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--feed", metavar="URL", action="append", help="refresh only this feed of the config (may be repeated)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="a line for every feed, not only failures")
    parser.add_argument(
        "--no-articles",
        action="store_true",
        help="fetch only the feeds, not the pages of new items (even with fetch_full_articles on)",
    )
    parser.add_argument(
        "--due",
        action="store_true",
        help="only the feeds whose refresh_minutes have passed since they were last fetched (for cron)",
    )


def run(args: argparse.Namespace) -> int:
    from newstui.cli.common import hint_if_no_feeds, load_config, open_store

    config = load_config(args)
    hint_if_no_feeds(config)
    store = open_store(args)
    refused = _cannot_write(store)
    if refused is not None:
        # Said once, before any feed is fetched: every batch would be refused the same way.
        store.close()
        print(f"newstui: {refused}; nothing was fetched", file=sys.stderr, flush=True)
        return 2
    from newstui.feeds.refresh_lock import refresh_lock

    # The app's refresh takes the same lock: one refresh of a database at a time, whoever runs it.
    with refresh_lock(store.path) as other:
        if other is not None:
            store.close()
            app = f"the reader app (pid {other.pid or '?'})"
            if other.role == "articles":
                doing = f"{app} is fetching the new items' pages into {store.path}; not refreshing meanwhile"
            elif other.role == "app":
                doing = f"{app} is refreshing {store.path}; not starting a second refresh"
            else:
                doing = (
                    f"another `newstui refresh` ({other}) is already refreshing {store.path}; not starting a second one"
                )
            print(f"newstui: {doing}", file=sys.stderr, flush=True)
            return 0
        return _run(args, config, store)


def _run(args: argparse.Namespace, config: Config, store: Store) -> int:
    """The refresh itself, with the store open and the refresh lock held; closes the store."""
    import asyncio
    import gc

    from newstui.feeds.refresh import refresh_feeds

    # A one-shot process: what is loaded by now lives to the end, so no collection
    # needs to scan it again (and forked parse workers leave those pages shared).
    # A refresh makes ~100k short-lived containers: collecting every 700 of them took
    # ~7% of the main process's CPU in bench/refresh.py, every 10,000 about 2%.
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(10_000)
    report = Reporter(sys.stdout, sys.stderr, verbose=bool(getattr(args, "verbose", False)))
    fetch_articles = not getattr(args, "no_articles", False)
    try:
        only = args.feed
        named = only is not None
        if getattr(args, "due", False):
            # Chosen by the schedule, not by name: feeds that said 410 or asked to wait stay skipped.
            named = False
            only = _due(config, store, only)
            if not only:
                print("no feed is due for a refresh", file=sys.stdout, flush=True)
                return 0
        mark = store.last_item_id()
        summary = asyncio.run(refresh_feeds(config, store, only=only, progress=report.progress, named=named))
        report.end_bar()
        report.summary(summary)
        if summary.not_saved or summary.prune_error:
            # The database refused a write (read-only, full, corrupted): that is the
            # command's problem, not the feeds', and pages would not be saved either.
            return 2
        _notify(config, store, mark, summary.new_items)
        if fetch_articles and not _all_want_articles(config):
            if _some_articles(config, store, mark, report):
                return 2
        elif fetch_articles and config.general.fetch_full_articles:
            # After the feeds, so a cron run leaves every new article readable offline;
            # recent pages an earlier run could not fetch (or had no time for) are retried.
            from newstui.feeds.articles import RETRY_LIMIT, refresh_articles

            articles = asyncio.run(
                refresh_articles(
                    config, store, after_id=mark, limit=None, retry=RETRY_LIMIT, progress=report.article_progress
                )
            )
            report.end_bar()
            if report.articles(articles):
                return 2
    finally:
        report.end_bar()
        store.close()
        gc.set_threshold(*threshold)  # as it was, for a caller that goes on (tests)
        gc.unfreeze()
    return 0


def _cannot_write(store: Store) -> str | None:
    """Why the refresh could save nothing in this database ("PATH: cannot write …"), or None.

    A read-only database file or directory (access(2), so a read-only mount too).
    """
    from newstui.store.schema import read_only_reason

    reason = read_only_reason(store.path)
    return None if reason is None else f"{store.path}: cannot write the database: {reason}"


def _due(config: Config, store: Store, only: list[str] | None) -> list[str]:
    """The URLs to refresh with --due: the due feeds (of those in `only`, if given)."""
    from datetime import datetime

    from newstui.config import normalize_url
    from newstui.feeds.refresh import select_feeds

    due = config.feeds_due(store.last_fetches(), datetime.now(UTC))
    if only:
        wanted = {normalize_url(feed.url) for feed in select_feeds(config, only)}  # ConfigError if unknown
        due = [feed for feed in due if normalize_url(feed.url) in wanted]
    return [feed.url for feed in due]


def _notify(config: Config, store: Store, mark: int, new_items: int) -> None:
    """Run `notify_command` for the items this refresh added; a failure is only a warning."""
    command = config.general.notify_command
    if not command or new_items <= 0:
        return
    from newstui.feeds.notify import run_notify

    warning = run_notify(command, store.new_items(mark))
    if warning is not None:
        print(f"newstui: warning: {warning}", file=sys.stderr, flush=True)


def _all_want_articles(config: Config) -> bool:
    """No feed sets its own fetch_full_articles (the [general] setting decides for all)."""
    return all(feed.fetch_full_articles is None for feed in config.feeds)


def _some_articles(config: Config, store: Store, mark: int, report: Reporter) -> bool:
    """The article pass when feeds choose for themselves: only the new items of feeds that want it.

    (Pages an earlier run missed are retried only in the plain case, where every
    feed follows [general].) Returns True when the database refused articles.
    """
    import asyncio

    from newstui.feeds.articles import refresh_articles

    ids = [item.id for item in store.new_items(mark) if config.wants_articles(item.feed_url)]
    if not ids:
        return False
    general = dataclasses.replace(config.general, fetch_full_articles=True)
    articles = asyncio.run(
        refresh_articles(
            dataclasses.replace(config, general=general),
            store,
            item_ids=ids,
            limit=None,
            progress=report.article_progress,
        )
    )
    report.end_bar()
    return report.articles(articles) > 0


def _database_failures(summary: ArticleSummary) -> tuple[list[ArticleFailure], list[ArticleFailure]]:
    """Of the pages that failed: (those the database refused, those whose item was deleted
    meanwhile by `gc` or retention)."""
    refused = [failure for failure in summary.failed if failure.cause == "database"]
    return refused, [failure for failure in summary.failed if failure.cause == "gone"]


class Reporter:
    """Turns progress events into a bar (terminal) or lines (anything else)."""

    def __init__(self, out: TextIO, err: TextIO, *, verbose: bool = False, tty: bool | None = None) -> None:
        self.out = out
        self.err = err
        self.verbose = verbose
        self.tty = err.isatty() if tty is None else tty
        self._drawn = 0.0
        self._bar_shown = False

    def progress(self, event: ProgressEvent) -> None:
        from newstui.config.urls import hide_password

        url = one_line(event.url)
        lines: list[tuple[TextIO, str]] = []
        if not event.ok:
            lines.append((self.err, f"{url}: {one_line(event.error or 'failed')}"))
        else:
            if event.error:
                lines.append((self.err, f"{url}: warning: {one_line(event.error)}"))
            if self.verbose:
                what = "not modified" if event.not_modified else plural(event.items, "item")
                lines.append((self.out, f"{url}: {what}"))
        if event.moved_to:
            moved = f"{url}: moved permanently to {one_line(event.moved_to)}; the cache now uses the new URL"
            lines.append((self.err, moved))
        if lines and self._bar_shown:
            self._clear_bar()
        for stream, line in lines:
            print(hide_password(line), file=stream, flush=True)
        self._redraw(event.done, event.total, force=bool(lines))

    def _redraw(self, done: int, total: int, *, force: bool = False, label: str = "") -> None:
        """Draw the bar on a terminal, at most every REDRAW_EVERY seconds unless forced or done."""
        if not self.tty:
            return
        now = time.monotonic()
        if force or done == total or now - self._drawn >= REDRAW_EVERY:
            self._draw(done, total, label)
            self._drawn = now

    def _draw(self, done: int, total: int, label: str = "") -> None:
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        bar = "#" * filled + " " * (BAR_WIDTH - filled)
        self.err.write(f"\r{label}[{bar}] {done}/{total}")
        self.err.flush()
        self._bar_shown = True

    def _clear_bar(self) -> None:
        self.err.write("\r\x1b[K")
        self.err.flush()
        self._bar_shown = False

    def end_bar(self) -> None:
        if self._bar_shown:
            self.err.write("\n")
            self.err.flush()
            self._bar_shown = False

    def article_progress(self, event: ProgressEvent) -> None:
        self._redraw(event.done, event.total, label="articles ")

    def articles(self, summary: ArticleSummary) -> int:
        from newstui.config.urls import hide_password

        """Report the article pass; returns how many articles the database refused.

        Those are not "pages that could not be fetched": they are said once, with the
        database's error, on stderr. Pages whose item was deleted meanwhile (`gc` running
        alongside) are not failures at all.
        """
        self.end_bar()
        if not summary.tried:
            return 0  # no new item and nothing to retry: nothing to say
        refused, gone = _database_failures(summary)
        if refused or gone:
            # Neither is a page that could not be fetched: the refused ones are said below,
            # and an item deleted meanwhile needs no article.
            summary = dataclasses.replace(
                summary, failed=[f for f in summary.failed if f not in refused and f not in gone]
            )
        for failure in summary.failed if self.verbose else ():
            # The message names the page (a FetchError starts with its URL).
            message = one_line(failure.message)
            url = one_line(failure.url or "")
            line = message if url and message.startswith(url) else f"{url or '?'}: {message}"
            print(hide_password(line), file=self.err, flush=True)
        line = (
            f"{plural(summary.stored, 'article')} saved for offline reading"
            f" ({summary.from_page} from their pages, {summary.from_feed} from the feed)"
        )
        if summary.refetched:
            # Pages of items the feed has edited since their article was made: say why they were asked again.
            line += f"; {plural(summary.refetched, 'page')} fetched again because the feed edited the item"
        later = []
        if summary.failed:
            later.append(f"{plural(len(summary.failed), 'page')} could not be fetched")
        if summary.left:
            later.append(f"{plural(summary.left, 'page')} left when the time for articles ran out")
        if later:
            hint = "" if self.verbose or not summary.failed else "; -v lists them"
            line += f", {', '.join(later)} (retried next time{hint})"
        print(line, file=self.out, flush=True)
        if refused:
            error = one_line(refused[0].message)
            print(f"newstui: {plural(len(refused), 'article')} could not be saved: {error}", file=self.err, flush=True)
        return len(refused)

    def summary(self, summary: RefreshSummary) -> None:
        from newstui.config.urls import hide_password

        self.end_bar()
        # Fetched fine, so no progress line said so. One database error refusing many
        # batches (read-only, disk full) is one line, not one per feed (-v lists them).
        by_error: dict[str, list[str]] = {}
        for failure in summary.not_saved:
            by_error.setdefault(one_line(failure.error), []).append(one_line(failure.url))
        for error, urls in by_error.items():
            if len(urls) == 1 or self.verbose:
                for url in urls:
                    print(hide_password(f"{url}: {error}"), file=self.err, flush=True)
            else:
                print(f"newstui: {plural(len(urls), 'feed')} {error}", file=self.err, flush=True)
        from newstui.feeds.refresh import waiting_note

        for url, until in summary.waiting:
            # Not a failure (stdout): the server asked, and newstui is doing as told.
            print(hide_password(f"{one_line(url)}: {waiting_note(until)}"), file=self.out, flush=True)
        failed = len(summary.failed)
        parts = [f"{plural(summary.ok, 'feed')} ok, {failed} failed, {plural(summary.new_items, 'new item')}"]
        extra = []
        if summary.waiting:
            extra.append(f"{len(summary.waiting)} waiting (server asked)")
        if summary.not_modified:
            extra.append(f"{summary.not_modified} not modified")
        if summary.moved:
            extra.append(f"{len(summary.moved)} moved")
        if summary.not_saved:
            extra.append(f"{len(summary.not_saved)} not saved: database error")
        if summary.pruned:
            extra.append(f"{plural(summary.pruned, 'old item')} deleted")
        extra.append(f"{summary.duration:.1f} s")
        print(f"{parts[0]} ({', '.join(extra)})", file=self.out, flush=True)
        if summary.prune_error:
            error = one_line(summary.prune_error)
            print(f"newstui: old items could not be deleted: {error}", file=self.err, flush=True)
