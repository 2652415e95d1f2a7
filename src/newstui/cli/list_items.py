"""`newstui list`: print cached items, newest first, as text or JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from newstui.model import Item
    from newstui.store import Store

_PAGE = 500


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--feed", metavar="URL", help="only this feed's items")
    parser.add_argument("--unread", action="store_true", help="only unread items")
    parser.add_argument("--bookmarked", action="store_true", help="only bookmarked items")
    parser.add_argument("--search", metavar="TEXT", help="full-text search of titles, summaries and articles")
    parser.add_argument(
        "--limit", metavar="N", type=_count, default=100, help="at most N items (default 100, 0 = all)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")


def item_json(item: Item) -> dict[str, Any]:
    """The JSON form of an item (`newstui list --json`)."""
    return {
        "id": item.id,
        "feed_url": item.feed_url,
        "feed_title": item.feed_title,
        "title": item.title,
        "link": item.link,
        "guid": item.guid,
        "author": item.author,
        "published": None if item.published is None else item.published.isoformat(),
        "read": item.read,
        "bookmarked": item.bookmarked,
        "enclosures": [{"url": e.url, "type": e.type, "length": e.length} for e in item.enclosures],
    }


def item_line(item: Item) -> str:
    """One line for a person: id, N (unread) and * (bookmarked), date, feed, title, link.

    Feed text is untrusted: control characters and escape sequences are removed.
    """
    from newstui.text import one_line

    marks = ("N" if not item.read else " ") + ("*" if item.bookmarked else " ")
    when = item.published.strftime("%Y-%m-%d %H:%M") if item.published else " " * 16
    line = f"{item.id:>6} {marks} {when}  {one_line(item.feed_title)}: {one_line(item.title) or '(untitled)'}"
    if item.link:
        line += f"  <{one_line(item.link)}>"
    return line


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from newstui.cli.common import open_store

    if out is None:
        out = sys.stdout
        if hasattr(out, "reconfigure"):
            # A title the terminal's encoding cannot show must not abort the listing.
            out.reconfigure(errors="replace")
    store = open_store(args, read_only=True)
    try:
        if args.feed is not None and store.feed(args.feed) is None:
            print(f"newstui: no feed {args.feed!r} in the cache {store.path}", file=sys.stderr)
            return 1
        try:
            for item in _items(store, args):
                out.write((json.dumps(item_json(item)) if args.json else item_line(item)) + "\n")
            out.flush()
        except BrokenPipeError:
            # `newstui list | head`: the reader went away; that is not an error.
            _silence_stdout()
    finally:
        store.close()
    return 0


def _items(store: Store, args: argparse.Namespace) -> Iterator[Item]:
    """The matching items, a page at a time: `--limit 0` over a big cache stays small in memory."""
    remaining: int | None = args.limit or None
    offset = 0
    while remaining is None or remaining > 0:
        size = _PAGE if remaining is None else min(_PAGE, remaining)
        page = store.items(
            feed_url=args.feed,
            unread=args.unread,
            bookmarked=args.bookmarked,
            search=args.search,
            limit=size,
            offset=offset,
        )
        yield from page
        if len(page) < size:
            return
        offset += size
        if remaining is not None:
            remaining -= size


def _silence_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
