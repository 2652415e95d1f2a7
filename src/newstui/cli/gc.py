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

    from newstui.cli.common import load_config, open_store

    config = load_config(args)
    store = open_store(args)
    try:
        # Removed feeds are those gone from the config now, not at the last refresh.
        store.sync_feeds(config.feeds)
        policies = {feed.url: config.retention_for(feed) for feed in config.feeds}
        items, articles = store.prune(policies, include_unread=args.include_unread)
        feeds_dropped, removed_items, removed_articles = store.drop_removed_feeds()
        kept = [feed for feed in store.feeds(include_removed=True) if not feed.in_config]
        before, after = store.vacuum()
    finally:
        store.close()
    report = {
        "items": items + removed_items,
        "articles": articles + removed_articles,
        "retention_items": items,
        "removed_feeds": feeds_dropped,
        "removed_feed_items": removed_items,
        "kept_feeds": len(kept),
        "kept_bookmarks": sum(feed.total for feed in kept),
        "bytes_before": before,
        "bytes_after": after,
        "bytes_freed": max(0, before - after),
    }
    if args.json:
        print(json.dumps(report))
        return 0
    print(
        f"Deleted {items} old item{_s(items)} ({articles} cached article{_s(articles)}) by max_items / keep_days."
    )
    if feeds_dropped or removed_items or kept:
        line = f"Feeds no longer in the config: {removed_items} item{_s(removed_items)} deleted"
        if removed_articles:
            line += f" ({removed_articles} cached article{_s(removed_articles)})"
        line += f", {feeds_dropped} feed{_s(feeds_dropped)} forgotten"
        if kept:
            line += f", {len(kept)} kept for {report['kept_bookmarks']} bookmarked item{_s(report['kept_bookmarks'])}"
        print(line + ".")
    print(f"Database: {_size(before)} → {_size(after)} ({_size(report['bytes_freed'])} freed).")
    return 0


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.0f} KiB"
    return f"{n} bytes"


