"""`newstui gc` (alias `vacuum`): apply retention, drop removed feeds, shrink the database."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--include-unread",
        action="store_true",
        help="max_items / keep_days delete unread items too (bookmarked items are always kept)",
    )
    parser.add_argument("--json", action="store_true", help="print what was freed as one JSON object")


def run(args: argparse.Namespace) -> int:
    import json
    import sys

    from newstui.cli.common import load_config, open_store
    from newstui.errors import StoreError

    config = load_config(args)
    store = open_store(args)
    shrink_error: StoreError | None = None
    try:
        # Every page read once before anything is deleted: deletions through a corrupted page
        # could spread the damage, and VACUUM would meet it only after they were committed.
        store.check_whole()
        feeds_dropped = removed_items = removed_articles = 0
        if config.feeds:
            # Removed feeds are those gone from the config now, not at the last refresh.
            store.sync_feeds(config.feeds)
        elif cached := len(store.feeds(include_removed=True)):
            # A config with no feed at all is a mistake far more often than a wish (a mistyped
            # --config, where a starter config was just written; a file an editor left empty):
            # dropping every feed would delete their items, and the read marks with them.
            print(
                f"newstui: {config.path} lists no feed: the {cached} feed{_s(cached)} of the cache "
                f"{'was' if cached == 1 else 'were'} kept; remove feeds from a config that lists the others",
                file=sys.stderr,
            )
        policies = {feed.url: config.retention_for(feed) for feed in config.feeds}
        items, articles = store.prune(policies, include_unread=args.include_unread)
        if config.feeds:
            feeds_dropped, removed_items, removed_articles = store.drop_removed_feeds()
        kept = [feed for feed in store.feeds(include_removed=True) if not feed.in_config]
        try:
            before, after = store.vacuum()
        except StoreError as error:
            # VACUUM writes a whole copy: a nearly full disk refuses it. The deletions
            # above are committed and are still reported.
            shrink_error = error
            before = after = 0
    finally:
        store.close()
    bookmarks = sum(feed.total for feed in kept)
    report: dict[str, int | str] = {
        "items": items + removed_items,
        "articles": articles + removed_articles,
        "retention_items": items,
        "removed_feeds": feeds_dropped,
        "removed_feed_items": removed_items,
        "kept_feeds": len(kept),
        "kept_bookmarks": bookmarks,
        "bytes_before": before,
        "bytes_after": after,
        "bytes_freed": max(0, before - after),
    }
    if shrink_error is not None:
        report["shrink_error"] = str(shrink_error)
    if args.json:
        print(json.dumps(report))
        return 0 if shrink_error is None else 2
    print(f"Deleted {items} old item{_s(items)} ({articles} cached article{_s(articles)}) by max_items / keep_days.")
    if feeds_dropped or removed_items or kept:
        line = f"Feeds no longer in the config: {removed_items} item{_s(removed_items)} deleted"
        if removed_articles:
            line += f" ({removed_articles} cached article{_s(removed_articles)})"
        line += f", {feeds_dropped} feed{_s(feeds_dropped)} forgotten"
        if kept:
            line += f", {len(kept)} kept for {bookmarks} bookmarked item{_s(bookmarks)}"
        print(line + ".")
    if shrink_error is not None:
        print(f"newstui: the database could not be shrunk: {shrink_error}", file=sys.stderr)
        return 2
    print(f"Database: {_size(before)} → {_size(after)} ({_size(max(0, before - after))} freed).")
    return 0


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.0f} KiB"
    return f"{n} bytes"
