"""`newstui recover`: save what a corrupted cache still holds into a fresh cache, keeping the
corrupted file aside (`store/recover.py` does the work; the sqlite3 shell is not needed)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newstui.store.recover import Recovery

SHOWN_LINKS = 20
"""Lost bookmarks listed by link; more are counted."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run", action="store_true", help="read the cache and say what would be saved and lost; change nothing"
    )
    parser.add_argument(
        "--force", action="store_true", help="rebuild the cache even when SQLite's check finds nothing wrong"
    )
    parser.add_argument("--json", action="store_true", help="print what was saved and lost as one JSON object")


def run(args: argparse.Namespace) -> int:
    from newstui.cli.common import database_path
    from newstui.errors import StoreError
    from newstui.feeds.refresh_lock import refresh_lock
    from newstui.store.recover import recover

    path = database_path(args)
    if not path.exists():
        raise StoreError(path, "there is no cache here to recover (see --db)")
    # No refresh may write to the file while it is read, nor to the fresh one before it is in place.
    with refresh_lock(path) as other:
        if other is not None:
            print(
                f"newstui: {path}: a refresh ({other}) is writing to it; run `newstui recover` again once it ends",
                file=sys.stderr,
            )
            return 2
        if not args.json:
            print(f"Reading {path} (only reading)…", file=sys.stderr, flush=True)
        result = recover(path, dry_run=args.dry_run, force=args.force)
    if result is None:
        if args.json:
            import json

            print(json.dumps({"cache": str(path), "sound": True}))
        else:
            print(f"{path}: SQLite's check finds nothing wrong; nothing to recover (--force rebuilds it anyway).")
        return 0
    if args.json:
        print(_json(result))
    else:
        _say(result, dry_run=args.dry_run)
    return 0


def _json(result: Recovery) -> str:
    import json

    return json.dumps(
        {
            "cache": str(result.path),
            "sound": result.sound,
            "problem": result.problem,
            "corrupted_file": None if result.aside is None else str(result.aside),
            "tables": {name: {"saved": c.saved, "lost": c.lost} for name, c in result.tables.items()},
            "bookmarks_saved": result.bookmarks,
            "bookmarks_lost": result.lost_bookmarks,
            "bookmarks_lost_unknown": result.lost_bookmarks_unknown,
            "read_saved": result.read,
            "read_items_lost": result.lost_read,
            "unread_items_lost": result.lost_unread,
        }
    )


def _say(result: Recovery, *, dry_run: bool) -> None:
    from newstui.text import plural, strip_control

    items, articles, feeds = (result.count(name) for name in ("items", "articles", "feeds"))
    marks = len(result.lost_bookmarks)
    if result.sound:
        print(f"{result.path}: SQLite's check finds nothing wrong; rebuilt as asked (--force)")
    else:
        print(f"{result.path}: corrupted (SQLite's check says: {strip_control(result.problem)})")
    saved = (
        f"{items.saved} of {_total(items)} items, {result.bookmarks} of {result.bookmarks + marks} bookmarks, "
        f"{plural(result.read, 'read mark')}, {articles.saved} of {_total(articles)} cached articles, "
        f"{feeds.saved} of {_total(feeds)} feeds"
    )
    print(f"{'Would save' if dry_run else 'Saved into a fresh cache'}: {saved}.")
    lost_items = result.lost_read + result.lost_unread + marks
    if lost_items or items.lost:
        print(
            f"Lost with their text: {plural(lost_items, 'item')} ({marks} bookmarked, {result.lost_read} read, "
            f"{result.lost_unread} unread)"
            + ("" if items.lost is None or items.lost <= lost_items else f" and {items.lost - lost_items} unknown")
            + "."
        )
    if marks:
        print(
            f"The {plural(marks, 'lost bookmark')} {'stay' if marks > 1 else 'stays'} bookmarked by link; the next "
            "refresh fills in the text while the feed lists it:"
        )
        for link in result.lost_bookmarks[:SHOWN_LINKS]:
            print(f"  {strip_control(link)}")
        if marks > SHOWN_LINKS:
            print(f"  … and {marks - SHOWN_LINKS} more (--json lists them all)")
    if result.lost_bookmarks_unknown:
        print("The list of bookmarked items was damaged too: some bookmarks may be lost without being named here.")
    if result.lost_read:
        print(f"The {plural(result.lost_read, 'lost read item')} will not come back unread.")
    if result.lost_unread:
        print(f"The {plural(result.lost_unread, 'lost unread item')} come back with the next refresh.")
    others = [
        f"{c.name} ({'some' if c.lost is None else c.lost} of {c.saved + (c.lost or 0)}{'+' if c.lost is None else ''})"
        for name, c in result.tables.items()
        if name not in ("items", "articles", "feeds") and c.lost != 0
    ]
    if others:
        print(f"Rows lost from other tables: {', '.join(others)}.")
    if dry_run:
        print("Nothing was written or moved (--dry-run).")
    else:
        old = "old" if result.sound else "corrupted"
        print(f"The {old} file is kept as {result.aside}; delete it once the fresh cache suits you.")


def _total(count: object) -> str:
    from newstui.store.recover import TableCount

    assert isinstance(count, TableCount)
    return "?" if count.lost is None else str(count.saved + count.lost)
