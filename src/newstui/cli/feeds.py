"""`newstui feeds [--json] [--all]`: each configured feed with its status and counts."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newstui.config import Config
    from newstui.model import Feed, FeedConfig


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument(
        "--all", action="store_true", help="also feeds removed from the config still in the cache (for bookmarks)"
    )


def feed_status(feed: Feed | None, now: datetime | None = None) -> str:
    """ "new" (never fetched), "ok", "warning" (stored, but the document was partly broken),
    "waiting" (its server asked not to be asked again yet; a refresh skips it) or "error"."""
    if feed is None or feed.last_fetch is None:
        return "new"
    if feed.waiting_until(now) is not None:
        return "waiting"
    if feed.last_success is None or feed.last_success < feed.last_fetch:
        return "error"
    return "warning" if feed.last_error else "ok"


def feed_json(url: str, config_feed: FeedConfig | None, feed: Feed | None) -> dict[str, Any]:
    """The JSON form of a feed (`newstui feeds --json`). A password in its URL is shown `***`."""
    from newstui.config.urls import hide_password

    url = hide_password(url)
    return {
        "url": url,
        "title": feed.title if feed is not None else (config_feed.title if config_feed else None) or url,
        "tags": list(config_feed.tags if config_feed else feed.tags if feed else ()),
        "site_url": (config_feed.site_url if config_feed else None) or (feed.site_url if feed else None),
        "in_config": config_feed is not None,
        "status": feed_status(feed),
        "http_status": feed.last_status if feed else None,
        "last_fetch": _when(feed.last_fetch if feed else None),
        "last_success": _when(feed.last_success if feed else None),
        "last_error": None if feed is None or feed.last_error is None else hide_password(feed.last_error),
        "waiting_until": _when(feed.waiting_until() if feed else None),
        "items": feed.total if feed else 0,
        "unread": feed.unread if feed else 0,
    }


def _when(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


Row = tuple[str, "FeedConfig | None", "Feed | None"]


def rows(config: Config, feeds: list[Feed], lookup: dict[str, Feed | None], include_removed: bool) -> list[Row]:
    """(url, config entry, stored feed) per feed: the config's, in `feed_order`, then removed ones."""
    out: list[tuple[str, FeedConfig | None, Feed | None]] = [(f.url, f, lookup.get(f.url)) for f in config.feeds]
    if config.general.feed_order == "title":
        out.sort(key=lambda row: ((row[2].title if row[2] else row[1].title if row[1] else None) or row[0]).casefold())
    if include_removed:
        shown = {stored.id for _, _, stored in out if stored is not None}
        out.extend((feed.url, None, feed) for feed in feeds if feed.id not in shown)
    return out


def run(args: argparse.Namespace) -> int:
    from newstui.cli.common import database_path, hint_if_no_feeds, load_config, open_store
    from newstui.feeds.refresh import waiting_note
    from newstui.text import one_line

    config = load_config(args)
    hint_if_no_feeds(config)
    path = database_path(args)
    lookup: dict[str, Feed | None] = {}
    stored: list[Feed] = []
    if path.exists():  # a listing never creates a cache
        with open_store(args, read_only=True) as store:  # upgrades an old schema if it must
            lookup = {feed.url: store.feed(feed.url) for feed in config.feeds}  # resolves moved feeds
            stored = store.feeds(include_removed=True)
    out = sys.stdout
    for url, config_feed, feed in rows(config, stored, lookup, args.all):
        data = feed_json(url, config_feed, feed)
        if args.json:
            out.write(json.dumps(data) + "\n")
            continue
        status = data["status"] if data["in_config"] else "removed"
        counts = f"{data['unread']}/{data['items']}"
        last = data["last_success"][:16].replace("T", " ") if data["last_success"] else "never"
        tags = f"  [{', '.join(one_line(t) for t in data['tags'])}]" if data["tags"] else ""
        out.write(
            f"{status:<8} {counts:>9}  {one_line(data['title'])}  <{one_line(data['url'])}>{tags}  (last ok: {last})\n"
        )
        until = feed.waiting_until() if feed else None
        if status == "waiting" and until is not None:
            said = f"; last answer: {one_line(data['last_error'])}" if data["last_error"] else ""
            out.write(f"{'':<8} {'':>9}  ⏸ {waiting_note(until)}{said}\n")
        elif status in ("error", "warning") and data["last_error"]:
            out.write(f"{'':<8} {'':>9}  {status}: {one_line(data['last_error'])}\n")
    out.flush()
    return 0
