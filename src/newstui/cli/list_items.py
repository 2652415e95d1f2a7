"""`newstui list`: print cached items, newest first, as text or JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

from newstui.cli.common import whole_number

if TYPE_CHECKING:
    from newstui.config import Config
    from newstui.config.filters import ItemFlags, SavedQuery
    from newstui.model import Item
    from newstui.store import Store

_PAGE = 500


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--feed", metavar="URL", help="only this feed's items")
    parser.add_argument("--unread", action="store_true", help="only unread items")
    parser.add_argument("--bookmarked", action="store_true", help="only bookmarked items")
    parser.add_argument("--search", metavar="TEXT", help="full-text search of titles, summaries and articles")
    parser.add_argument(
        "--query", metavar="NAME", help="only the items of this saved search ([[queries]] in the config)"
    )
    parser.add_argument("--hidden", action="store_true", help="also list the items filter rules hide")
    parser.add_argument(
        "--limit", metavar="N", type=whole_number, default=100, help="at most N items (default 100, 0 = all)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")


def item_json(item: Item, flags: ItemFlags | None = None, feed_tags: tuple[str, ...] = ()) -> dict[str, Any]:
    """The JSON form of an item (`newstui list --json`).

    `tags` are the feed's tags and then those filter rules gave the item;
    `highlighted` and `hidden` are what the rules decided.
    """
    from newstui.config.filters import NO_FLAGS
    from newstui.config.urls import hide_password

    flags = flags or NO_FLAGS
    return {
        "id": item.id,
        "feed_url": hide_password(item.feed_url),  # a password in it is not printed
        "feed_title": item.feed_title,
        "title": item.title,
        "link": item.link,
        "guid": item.guid,
        "author": item.author,
        "published": None if item.published is None else item.published.isoformat(),
        "read": item.read,
        "bookmarked": item.bookmarked,
        "tags": list(dict.fromkeys((*feed_tags, *flags.tags))),
        "highlighted": flags.highlighted,
        "hidden": flags.hidden,
        "enclosures": [{"url": e.url, "type": e.type, "length": e.length} for e in item.enclosures],
    }


def item_line(item: Item, flags: ItemFlags | None = None) -> str:
    """One line for a person: id, N (unread), * (bookmarked) and ! (highlighted by a
    filter rule), date, feed, title, link.

    Feed text is untrusted: control characters and escape sequences are removed.
    """
    from newstui.text import one_line

    highlighted = flags is not None and flags.highlighted
    marks = ("N" if not item.read else " ") + ("*" if item.bookmarked else " ") + ("!" if highlighted else " ")
    when = item.published.strftime("%Y-%m-%d %H:%M") if item.published else " " * 16
    line = f"{item.id:>6} {marks} {when}  {one_line(item.feed_title)}: {one_line(item.title) or '(untitled)'}"
    if item.link:
        line += f"  <{one_line(item.link)}>"
    return line


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    if out is None:
        out = sys.stdout
        if hasattr(out, "reconfigure"):
            # A title the terminal's encoding cannot show must not abort the listing.
            out.reconfigure(errors="replace")
    config = _config(args)
    query = None
    if args.query is not None:
        query = config.query(args.query) if config is not None else None
        if query is None:
            known = ", ".join(repr(q.name) for q in config.queries) if config is not None else ""
            print(
                f"newstui: no saved search named {args.query!r} in the config"
                + (f" (known: {known})" if known else " (add one with [[queries]])"),
                file=sys.stderr,
            )
            return 1
    store = _filtered_store(args, config)
    try:
        _follow_config(args, store)
        if args.feed is not None and store.feed(args.feed) is None:
            print(f"newstui: no feed {args.feed!r} in the cache {store.path}", file=sys.stderr)
            return 1
        feed_tags = {feed.url: feed.tags for feed in store.feeds(include_removed=True)} if args.json else {}
        for page in _pages(store, args, query):  # a reader that leaves early is `main`'s to quiet
            flags = store.item_flags([item.id for item in page])
            for item in page:
                if args.json:
                    line = json.dumps(item_json(item, flags.get(item.id), feed_tags.get(item.feed_url, ())))
                else:
                    line = item_line(item, flags.get(item.id))
                out.write(line + "\n")
        out.flush()
    finally:
        store.close()
    return 0


def _config(args: argparse.Namespace) -> Config | None:
    """The config (for its filters and saved searches), or None when there is no file."""
    from newstui.cli.common import config_path
    from newstui.config import load_config

    path = config_path(args)
    return load_config(path) if path.exists() else None


def _filtered_store(args: argparse.Namespace, config: Config | None) -> Store:
    """The store, opened read-only unless the filter rules changed since they were applied.

    Changed rules (or items they have not seen) need a write: the store is opened
    writable to apply them. Where it cannot be written, the listing goes on with
    the rules last applied, and says so.
    """
    from newstui.cli.common import open_store
    from newstui.config.filters import config_filter_set
    from newstui.errors import StoreError

    filters = config_filter_set(config)
    store = open_store(args, read_only=True)
    if not store.filters_pending(filters):
        return store
    if store.read_only:
        store.close()
        try:
            store = open_store(args)
        except StoreError as error:
            print(
                f"newstui: the filter rules changed but cannot be applied ({error}); "
                "listing with the rules last applied",
                file=sys.stderr,
            )
            return open_store(args, read_only=True)
    try:
        store.set_filters(filters)
    except StoreError as error:
        print(
            f"newstui: the filter rules changed but cannot be applied ({error}); listing with the rules last applied",
            file=sys.stderr,
        )
    return store


def _pages(store: Store, args: argparse.Namespace, query: SavedQuery | None) -> Iterator[list[Item]]:
    """The matching items, a page at a time: `--limit 0` over a big cache stays small in memory."""
    from newstui.model import ItemFilter

    remaining: int | None = args.limit or None
    offset = 0
    # Every option given must hold (a feed or search of None tests nothing).
    where = ItemFilter("feed", args.feed) & ItemFilter("search", args.search)
    if args.unread:
        where &= ItemFilter("unread")
    if args.bookmarked:
        where &= ItemFilter("bookmarks")
    if query is not None:
        where &= ItemFilter.of_query(query)
    while remaining is None or remaining > 0:
        size = _PAGE if remaining is None else min(_PAGE, remaining)
        page = store.items(where, include_hidden=args.hidden, limit=size, offset=offset)
        if page:
            yield page
        if len(page) < size:
            return
        offset += size
        if remaining is not None:
            remaining -= size


def _follow_config(args: argparse.Namespace, store: Store) -> None:
    """Make the cache's feed set the config's before listing.

    A feed just removed from the config (by hand) must disappear from the list at
    once, not at the next refresh; one put back must reappear. When the two differ,
    the cache is told (a tiny write, through its own writable connection). A broken
    config or a cache that cannot be written only costs that, with a warning. A
    config without feeds (the starter file, a cache used with `--db` alone) leaves
    the cache as it is.
    """
    from newstui.cli.common import load_config
    from newstui.errors import NewstuiError
    from newstui.store import Store as StoreClass

    try:
        config = load_config(args)
        if not config.feeds:
            return
        configured = {feed.id for url in (f.url for f in config.feeds) if (feed := store.feed(url)) is not None}
        shown = {feed.id for feed in store.feeds()}
        if configured == shown:
            return
        with StoreClass.open(store.path) as writable:
            writable.sync_feeds(config.feeds)
    except NewstuiError as error:
        print(f"newstui: warning: items of feeds removed from the config may be listed: {error}", file=sys.stderr)
