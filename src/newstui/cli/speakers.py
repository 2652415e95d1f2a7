"""`newstui speakers`: who is quoted, most quoted first, as text or JSON lines."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newstui.whosaid.index import SpeakerSummary


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from newstui.cli.common import whole_number

    parser.add_argument("--search", metavar="TEXT", help="only speakers whose name (or an alias) holds TEXT")
    parser.add_argument(
        "--limit", metavar="N", type=whole_number, default=50, help="at most N speakers (default 50, 0 = all)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")


def speaker_json(speaker: SpeakerSummary) -> dict[str, Any]:
    from newstui.cli.quotes import when

    return {
        "name": speaker.name,
        "quotes": speaker.quotes,
        "articles": speaker.articles,
        "feeds": speaker.feeds,
        "first_seen": when(speaker.first_seen),
        "last_seen": when(speaker.last_seen),
    }


def speaker_line(speaker: SpeakerSummary) -> str:
    from newstui.text import one_line

    def count(n: int, noun: str, width: int) -> str:  # aligned columns, singular for one
        return f"{n:>{width}} {noun}{' ' if n == 1 else 's'}"

    last = speaker.last_seen.strftime("%Y-%m-%d") if speaker.last_seen else ""
    return (
        f"{count(speaker.quotes, 'quote', 6)} {count(speaker.articles, 'article', 6)} {count(speaker.feeds, 'feed', 4)}"
        f"  {last:10}  {one_line(speaker.name)}"
    )


def run(args: argparse.Namespace) -> int:
    from newstui.cli.quotes import NOT_INDEXED, emit, open_index
    from newstui.whosaid.index import speakers

    store = open_index(args)
    try:
        found = speakers(store, limit=args.limit or None, search=args.search)
    finally:
        store.close()
    empty = f"no speakers matching {args.search!r}" if args.search else f"no speakers{NOT_INDEXED}"
    emit(found, speaker_json, speaker_line, args.json, empty=empty)
    return 0
