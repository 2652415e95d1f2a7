"""`newstui import-newsboat [URLS] [--read-state] [--cache PATH] [--no-refresh] [--dry-run]`.

Switching from newsboat in one command: the feeds of its urls file (tags, `~titles`)
become `[[feeds]]` entries, its query feeds `[[queries]]` saved searches where the
filter expression translates (see `newstui.config.newsboat_filters`), in one edit of
the config that keeps its comments (`config.edit.add_feeds_and_queries`). Nothing
from an `exec:` or `filter:` line is ever run. Every line that is not imported is
named with its file and line and why; feeds already in the config are left alone.

With `--read-state`, newsboat's cache (opened read-only) says which items were read
and which were flagged: the feeds that have such items are refreshed first, so the
items are in newstui's cache, then they are marked read and bookmarked (any flag
letter means bookmarked). Read items no longer in their feeds cannot be marked and
are counted; flagged ones are listed, so none is lost unseen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from newstui.text import one_line, plural

if TYPE_CHECKING:
    from newstui.config import Config
    from newstui.config.filters import SavedQuery
    from newstui.config.newsboat_urls import UrlsFeed, UrlsFile, UrlsNote
    from newstui.model import FeedConfig
    from newstui.store import Store
    from newstui.store.newsboat_cache import NewsboatCache, StatePlan

MISSING_SHOWN = 20
"""Flagged items not found that are listed one per line; then a count."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "urls",
        metavar="URLS",
        nargs="?",
        help="newsboat's urls file (default: $XDG_CONFIG_HOME/newsboat/urls when that directory exists, "
        "else ~/.newsboat/urls)",
    )
    parser.add_argument(
        "--read-state",
        action="store_true",
        help="also carry over what you read and flagged (from newsboat's cache.db, opened read-only): "
        "read items are marked read, flagged ones bookmarked",
    )
    parser.add_argument(
        "--cache",
        metavar="PATH",
        help="newsboat's cache.db (implies --read-state; default: where newsboat keeps it, "
        "$XDG_DATA_HOME/newsboat/cache.db when $XDG_CONFIG_HOME/newsboat exists, else ~/.newsboat/cache.db)",
    )
    parser.add_argument(
        "--no-refresh",
        action="store_true",
        help="with --read-state: do not fetch the feeds first; only items already in newstui's cache are marked",
    )
    parser.add_argument("--dry-run", "-n", action="store_true", help="print what would change, and change nothing")


def run(args: argparse.Namespace) -> int:
    from newstui.cli.common import config_path, load_config
    from newstui.config.newsboat_urls import newsboat_paths, read_urls
    from newstui.store.newsboat_cache import read_newsboat_cache

    path = config_path(args)
    if args.dry_run and not path.exists():
        # A dry run writes nothing, not even the starter config: an empty one stands in.
        from newstui.config.load import parse_config

        config = parse_config("", path)
    else:
        config = load_config(args)  # refuses a broken config before anything is read or written
    found = newsboat_paths()
    urls_path = Path(args.urls).expanduser() if args.urls else found.urls
    read_state = bool(args.read_state or args.cache)
    # Both files are read before anything is written: a missing or foreign cache
    # stops the import with nothing changed.
    urls = read_urls(urls_path)
    cache = read_newsboat_cache(Path(args.cache).expanduser() if args.cache else found.cache) if read_state else None
    feeds = [_feed_config(feed) for feed in urls.feeds]
    queries, untranslated = _queries(urls)
    dry = bool(args.dry_run)
    _print_lines(urls, untranslated)
    if dry:
        _dry_feeds(config, feeds, queries)
    else:
        from newstui.config.edit import add_feeds_and_queries

        added, skipped, queries_added, queries_skipped = add_feeds_and_queries(path, feeds, queries)
        lines = {feed.url: feed.line for feed in urls.feeds}
        names = {query.name: query.line for query in urls.queries}
        for feed in added:
            print(f"added {_shown_url(feed.url)}{_described(feed)}")
        for query in queries_added:
            print(f"added saved search {query.name!r}{' (unread only)' if query.unread else ''}")
        for feed, reason in skipped:
            print(f"{_where(urls.path, lines.get(feed.url))}{_shown_url(feed.url)}: {one_line(reason)}")
        for query, reason in queries_skipped:
            print(f"{_where(urls.path, names.get(query.name))}query {query.name!r}: {one_line(reason)}")
        there = sum(1 for _, reason in skipped if reason.startswith("already in the config"))
        there += sum(1 for _, reason in queries_skipped if "already in the config" in reason)
        left_out = len(urls.skipped) + len(untranslated) + len(skipped) + len(queries_skipped) - there
        print(
            f"Imported {plural(len(added), 'feed')} and {_searches(len(queries_added))} into {path}; "
            f"{there} already there; {plural(left_out, 'line')} skipped."
        )
    if cache is None:
        if found.cache.is_file():
            print(
                f"newsboat's cache is at {found.cache}: add --read-state to mark read what you read there "
                "(and bookmark what you flagged)."
            )
        if dry:
            print("Dry run: nothing was written.")
        return 0
    # A dry run's config lacks the feeds it would add: match their items too.
    extra = [feed.url for feed in feeds] if dry else []
    return _state(args, cache, dry, extra)


# --------------------------------------------------------------------------- the urls file


def _feed_config(feed: UrlsFeed) -> FeedConfig:
    from newstui.model import FeedConfig

    return FeedConfig(url=feed.url, title=feed.title, tags=feed.tags)


def _searches(count: int) -> str:
    return f"{count} saved search{'' if count == 1 else 'es'}"


def _queries(urls: UrlsFile) -> tuple[list[SavedQuery], list[UrlsNote]]:
    """The query feeds newstui can express, and a note for each it cannot."""
    from newstui.config.filters import SavedQuery
    from newstui.config.newsboat_filters import Untranslatable, translate
    from newstui.config.newsboat_urls import UrlsNote

    queries: list[SavedQuery] = []
    notes: list[UrlsNote] = []
    for query in urls.queries:
        try:
            done = translate(query.expression)
        except Untranslatable as error:
            notes.append(UrlsNote(query.line, f"query {query.name!r}", str(error)))
            continue
        queries.append(SavedQuery(query.name, unread=done.unread, match=done.expr, match_source=done.match))
    return queries, notes


def _shown_url(url: str) -> str:
    """A feed URL as printed: one line, its password (newsboat's `user:pass@`) hidden."""
    from newstui.config.urls import hide_password

    return hide_password(one_line(url))


def _print_lines(urls: UrlsFile, untranslated: list[UrlsNote]) -> None:
    """Each line not imported, and each remark, as `FILE:LINE: what: why`, in line order."""
    from newstui.config.urls import hide_password

    said: list[tuple[int, str]] = [
        (note.line, f"skipped {note.text}: {one_line(note.reason)}") for note in (*urls.skipped, *untranslated)
    ]
    said.extend((note.line, f"{note.text}: {one_line(note.reason)}") for note in urls.notes)
    said.extend(
        (feed.line, f"{_shown_url(feed.url)}: hidden in newsboat ('!'); newstui lists every feed, so it is imported")
        for feed in urls.feeds
        if feed.hidden
    )
    for line, text in sorted(said, key=lambda pair: pair[0]):
        print(f"{_where(urls.path, line)}{hide_password(text)}")


def _dry_feeds(config: Config, feeds: list[FeedConfig], queries: list[SavedQuery]) -> None:
    from newstui.config import normalize_url

    new_feeds = there = 0
    seen: set[str] = set()
    for feed in feeds:
        if config.feed(feed.url) is not None:
            there += 1
            print(f"already in the config: {_shown_url(feed.url)}")
        elif normalize_url(feed.url) not in seen:
            new_feeds += 1
            print(f"would add {_shown_url(feed.url)}{_described(feed)}")
        seen.add(normalize_url(feed.url))
    names = {query.name for query in config.queries}
    new_queries = 0
    for query in queries:
        if query.name in names:
            print(f"saved search {query.name!r} is already in the config")
        else:
            names.add(query.name)
            new_queries += 1
            print(f"would add saved search {query.name!r}: {_query_text(query)}")
    print(f"Would import {plural(new_feeds, 'feed')} and {_searches(new_queries)}; {there} already there.")


def _described(feed: FeedConfig) -> str:
    parts = []
    if feed.title:
        parts.append(f"title {one_line(feed.title)!r}")
    if feed.tags:
        parts.append("tags " + ", ".join(one_line(tag) for tag in feed.tags))
    return f" ({'; '.join(parts)})" if parts else ""


def _query_text(query: SavedQuery) -> str:
    parts = ["unread = true"] if query.unread else []
    if query.match_source:
        parts.append(f"match = {one_line(query.match_source)}")
    return ", ".join(parts)


def _where(path: Path, line: int | None) -> str:
    return f"{path}:{line}: " if line else f"{path}: "


# --------------------------------------------------------------------------- read state


def _state(args: argparse.Namespace, cache: NewsboatCache, dry: bool, extra: list[str]) -> int:
    from newstui.cli.common import database_path, load_config, open_store
    from newstui.config import normalize_url
    from newstui.store.newsboat_cache import feeds_with_state, import_state, plan_state

    config = load_config(args)  # as written just now
    urls = list({normalize_url(url): url for url in [*(feed.url for feed in config.feeds), *extra]}.values())
    read = sum(1 for item in cache.items if item.read)
    flagged = sum(1 for item in cache.items if item.flagged)
    print(f"Newsboat's cache {cache.path}: {plural(cache.total, 'item')}, {read} read, {flagged} flagged.")
    if cache.running:
        print(
            f"warning: {cache.path}.lock exists: newsboat may be running, and what it has not saved yet "
            "is not imported",
            file=sys.stderr,
        )
    wanted = feeds_with_state(cache, urls)
    if dry:
        store = _read_only_store(database_path(args))
        try:
            plan = plan_state(store, cache, urls)
        finally:
            if store is not None:
                store.close()
        print(
            f"Would mark {plural(len(plan.to_read), 'item')} read and bookmark {len(plan.to_bookmark)} "
            "(of the items newstui has now)."
        )
        if plan.missing_read or plan.missing_flagged:
            refresh = "" if args.no_refresh else f"; a real run refreshes {plural(len(wanted), 'feed')} first"
            print(
                f"{plural(plan.missing_read, 'read item')} and {len(plan.missing_flagged)} flagged "
                f"{_are(plan.missing_read + len(plan.missing_flagged))} not in newstui's cache now{refresh}."
            )
        print("Dry run: nothing was written.")
        return 0
    store = open_store(args)
    try:
        if wanted and not args.no_refresh:
            status = _refresh(config, store, wanted)
            if status:
                return status
        plan, marked, bookmarked = import_state(store, cache, urls)
    finally:
        store.close()
    _report(plan, marked, bookmarked)
    return 0


def _read_only_store(path: Path) -> Store | None:
    """newstui's cache opened read-only for a dry run; None when there is none yet, or when
    it needs a schema upgrade (which would be a write)."""
    from newstui.store import SchemaTooOld, Store

    if not path.exists():
        return None
    try:
        return Store.open(path, read_only=True)
    except SchemaTooOld:
        print(f"{path} needs an upgrade by this newstui: a dry run counts it as empty")
        return None


def _refresh(config: Config, store: Store, urls: list[str]) -> int:
    """Fetch these feeds so newsboat's items are in the cache; 0, or 2 if the database refused."""
    import asyncio

    from newstui.cli.refresh import Reporter
    from newstui.feeds.refresh import refresh_feeds
    from newstui.feeds.refresh_lock import refresh_lock

    print(f"Refreshing {plural(len(urls), 'feed')} so their items can be matched...", flush=True)
    with refresh_lock(store.path) as other:
        if other is not None:
            print(
                f"warning: another refresh ({other}) is running; not fetching: only items already "
                "in the cache are marked",
                file=sys.stderr,
            )
            return 0
        report = Reporter(sys.stdout, sys.stderr)
        summary = asyncio.run(refresh_feeds(config, store, only=urls, progress=report.progress, named=True))
        report.end_bar()
    failed = f", {len(summary.failed)} failed" if summary.failed else ""
    print(f"Refreshed: {summary.ok} ok{failed}, {plural(summary.new_items, 'new item')}.")
    if summary.not_saved:
        print("newstui: the database refused the refresh; nothing was marked", file=sys.stderr)
        return 2
    return 0


def _are(count: int) -> str:
    return "is" if count == 1 else "are"


def _report(plan: StatePlan, marked: int, bookmarked: int) -> None:
    already = []
    if plan.already_read:
        already.append(f"{plan.already_read} already read")
    if plan.already_bookmarked:
        already.append(f"{plan.already_bookmarked} already bookmarked")
    tail = f" ({', '.join(already)})" if already else ""
    print(f"Marked {plural(marked, 'item')} read and bookmarked {bookmarked} (flagged in newsboat){tail}.")
    if plan.missing_read:
        print(
            f"{plural(plan.missing_read, 'read item')} of newsboat's cache {_are(plan.missing_read)} not in "
            "newstui's (no longer in their feeds, or their feed could not be fetched)."
        )
    if plan.other_feeds:
        verb = "belongs" if plan.other_feeds == 1 else "belong"
        print(f"{plural(plan.other_feeds, 'item')} of newsboat's cache {verb} to feeds not in the config.")
    if plan.missing_flagged:
        print(f"{plural(len(plan.missing_flagged), 'flagged item')} could not be found, so not bookmarked:")
        for item in plan.missing_flagged[:MISSING_SHOWN]:
            link = f" <{one_line(item.link)}>" if item.link else ""
            print(f"  {one_line(item.title) or '(no title)'}{link} [{item.flags}]")
        if len(plan.missing_flagged) > MISSING_SHOWN:
            print(f"  and {len(plan.missing_flagged) - MISSING_SHOWN} more")
