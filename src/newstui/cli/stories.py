"""`newstui stories`: items of different feeds carrying the same quotation, newest first."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newstui.whosaid.index import Story


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from newstui.cli.common import whole_number

    parser.add_argument(
        "--limit", metavar="N", type=whole_number, default=20, help="at most N stories (default 20, 0 = all)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")


def story_json(story: Story) -> dict[str, Any]:
    from newstui.cli.quotes import when

    return {
        "id": story.id,
        "items": [
            {"id": i.id, "title": i.title, "link": i.link, "feed_title": i.feed_title, "published": when(i.published)}
            for i in story.items
        ],
        "quotes": list(story.quotes),
    }


def story_text(story: Story) -> str:
    """The story's number and quotation, then one indented line per item."""
    from newstui.text import one_line

    # A story grouped by what the articles say has no quotation: the first report's headline.
    head = f"“{one_line(story.quotes[0])}”" if story.quotes else one_line(story.items[-1].title) if story.items else ""
    lines = [f"story {story.id}: {head}"]
    for item in story.items:
        date = item.published.strftime("%Y-%m-%d %H:%M") if item.published else " " * 16
        line = f"  {item.id:>6} {date}  {one_line(item.feed_title)}: {one_line(item.title) or '(untitled)'}"
        if item.link:
            line += f"  <{one_line(item.link)}>"
        lines.append(line)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from newstui.cli.quotes import emit, open_index
    from newstui.whosaid.index import stories

    store = open_index(args)
    try:
        found = stories(store, limit=args.limit or None)
    finally:
        store.close()
    empty = "no stories yet: a story is an event or a quotation that two or more feeds carry"
    emit(found, story_json, story_text, args.json, empty=empty)
    return 0
