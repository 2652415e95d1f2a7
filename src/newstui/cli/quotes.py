"""`newstui quotes`: stored quotes, newest first, as text or JSON lines.

Also the helpers the `speakers` and `stories` commands share: opening the store
with the config's `[speakers]` aliases applied, writing lines safely.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from newstui.cli.common import whole_number

if TYPE_CHECKING:
    from newstui.store import Store
    from newstui.whosaid.index import IndexedQuote

T = TypeVar("T")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--speaker", metavar="NAME", help="only this speaker's quotes (full name, surname or alias)")
    parser.add_argument("--search", metavar="TEXT", help="full-text search of quote text and speaker names")
    parser.add_argument("--feed", metavar="URL", help="only quotes from this feed's items")
    parser.add_argument("--story", metavar="ID", type=int, help="only quotes of this story's items")
    parser.add_argument(
        "--limit", metavar="N", type=whole_number, default=100, help="at most N quotes (default 100, 0 = all)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")


def when(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def quote_json(quote: IndexedQuote) -> dict[str, Any]:
    """The JSON form of a quote (`newstui quotes --json`)."""
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "item_id": quote.item_id,
        "title": quote.title,
        "feed_title": quote.feed_title,
        "link": quote.link,
        "published": when(quote.published),
    }


def quote_line(quote: IndexedQuote) -> str:
    """Speaker: “text” — feed: title <link>, one line with untrusted text cleaned."""
    from newstui.text import one_line

    speaker = one_line(quote.speaker or "") or "(unnamed)"
    date = quote.published.strftime("%Y-%m-%d") if quote.published else " " * 10
    line = (
        f"{date}  {speaker}: “{one_line(quote.text)}”  "
        f"[{quote.item_id} {one_line(quote.feed_title)}: {one_line(quote.title)}]"
    )
    if quote.link:
        line += f" <{one_line(quote.link)}>"
    return line


def open_index(args: argparse.Namespace) -> Store:
    """The store, with the config's `[speakers]` aliases made current."""
    from newstui.cli.common import load_config, open_store
    from newstui.whosaid.index import apply_config_aliases

    aliases: dict[str, str] = {}
    if not getattr(args, "demo", False):
        aliases = getattr(load_config(args), "speaker_aliases", {})
    store = open_store(args)
    try:
        apply_config_aliases(store, aliases)
    except BaseException:
        store.close()
        raise
    return store


def emit(
    rows: Iterable[T],
    as_json: Callable[[T], dict[str, Any]],
    as_text: Callable[[T], str],
    use_json: bool,
    out: TextIO | None = None,
    empty: str | None = None,
) -> None:
    """Write one line per row; a reader that goes away (`| head`) is not an error.

    `empty` is said on stderr when there is no row (text output only: JSON lines stay
    a bare, empty stream for scripts), so an empty answer is not mistaken for a hang
    or a fault; the exit status stays 0.
    """
    if out is None:
        out = sys.stdout
        if hasattr(out, "reconfigure"):
            out.reconfigure(errors="replace")
    written = 0
    for row in rows:  # a reader that leaves early (| head) is `main`'s to quiet
        out.write((json.dumps(as_json(row)) if use_json else as_text(row)) + "\n")
        written += 1
    out.flush()
    if not written and empty and not use_json:
        print(f"newstui: {empty}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from newstui.whosaid.index import quotes

    store = open_index(args)
    try:
        if args.feed is not None and store.feed(args.feed) is None:
            print(f"newstui: no feed {args.feed!r} in the cache {store.path}", file=sys.stderr)
            return 1
        found = quotes(
            store,
            speaker=args.speaker,
            search=args.search,
            feed_url=args.feed,
            story=args.story,
            limit=args.limit or None,
        )
    finally:
        store.close()
    asked = [
        f"{name} {value!r}"
        for name, value in (
            ("by", args.speaker),
            ("matching", args.search),
            ("in feed", args.feed),
            ("in story", args.story),
        )
        if value is not None
    ]
    # With a condition the cache may well hold quotes, just not these: no indexing hint then.
    empty = " ".join(["no quotes", *asked]) if asked else f"no quotes{NOT_INDEXED}"
    emit(found, quote_json, quote_line, args.json, empty=empty)
    return 0


NOT_INDEXED = (
    " (quotes are indexed from extracted articles: set fetch_full_articles = true and refresh, "
    "or open items in the reader)"
)
"""Why a who-said-what command may find nothing on a cache that holds items."""
