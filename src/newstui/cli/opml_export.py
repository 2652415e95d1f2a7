"""`newstui export-opml [FILE]`: write the configured feeds as OPML (stdout without FILE).

Tags become folders; a feed with several tags keeps them all (see `newstui.feeds.opml`).
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from dataclasses import replace
from pathlib import Path

from newstui.text import one_line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", nargs="?", help="where to write the OPML (default: standard output; '-' too)"
    )


def run(args: argparse.Namespace) -> int:
    from newstui.cli.common import load_config
    from newstui.errors import NewstuiError
    from newstui.feeds.opml import write_opml

    config = load_config(args)
    sites, names = _from_cache(args)
    # A feed the config gives no title is named by its own title, as other readers show
    # `text`: the URL in its place left a list of addresses in the reader imported into.
    named = [
        replace(feed, title=names[feed.url]) if not feed.title and feed.url in names else feed for feed in config.feeds
    ]
    text = write_opml(named, site_urls=sites)
    if args.file in (None, "-"):
        sys.stdout.write(text)  # a reader that leaves early (| head) is `main`'s to quiet
        sys.stdout.flush()
        return 0
    target = Path(args.file)
    kept = _kept_from_export(target, args)
    if kept is not None:
        raise NewstuiError(f"{target}: not replaced: {kept}; give the export another file name")
    try:
        _write(target, text)
    except OSError as error:
        raise NewstuiError(f"{target}: cannot write: {error.strerror or error}") from None
    feeds = len(config.feeds)
    print(f"Wrote {feeds} feed{'' if feeds == 1 else 's'} to {target}", file=sys.stderr)
    return 0


_SQLITE_HEADER = b"SQLite format 3\x00"


def _kept_from_export(target: Path, args: argparse.Namespace) -> str | None:
    """Why the export must not replace the file at `target`, or None.

    A file that holds what the user saved elsewhere is never replaced by a feed list: the
    config in use, the cache and its -wal/-shm/-journal, or any SQLite database (a backup of
    the cache). A tab completion in the wrong folder is enough to name one. Compared by the
    file itself (device and inode), so a symlink or hard link to it is refused too.
    """
    from newstui.cli.common import config_path, database_path

    try:
        stats = target.stat()
    except OSError:
        return None  # nothing there yet (or unreadable: the write says so)
    if not stat.S_ISREG(stats.st_mode):
        return None
    here = (stats.st_dev, stats.st_ino)

    def same(path: Path) -> bool:
        try:
            other = path.stat()
        except OSError:
            return False
        return (other.st_dev, other.st_ino) == here

    if same(config_path(args)):
        return "it is the config in use"
    cache = database_path(args)
    if any(same(Path(f"{cache}{suffix}")) for suffix in ("", "-wal", "-shm", "-journal")):
        return "it is newstui's cache"
    try:
        with target.open("rb") as stream:
            start = stream.read(len(_SQLITE_HEADER))
    except OSError:
        return None
    if start == _SQLITE_HEADER:
        return "it is an SQLite database, not an OPML file"
    return None


def _write(target: Path, text: str) -> None:
    """Write the export to `target`. A regular file (or none yet) is written beside it, then
    moved over it: never a half-written file. What is no regular file is written to as it is:
    a named pipe another program reads, a device (`/dev/stdout`); renaming over one replaced
    the node itself (as root, even in /dev). A symlink's own file is the one replaced, so the
    link stays (a feed list kept in a dotfiles folder)."""
    try:
        # Asked of the path as given: /dev/stdout onto a pipe leads through /proc/self/fd/1,
        # a link that only the system can follow (resolved, it is "pipe:[N]", a name of nothing).
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = stat.S_IFREG
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        with target.open("w", encoding="utf-8") as stream:
            stream.write(text)
        return
    target = Path(os.path.realpath(target))
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def _from_cache(args: argparse.Namespace) -> tuple[dict[str, str], dict[str, str]]:
    """The site each feed names itself (its `<link>`) and its own title, from the cache,
    by config URL.

    Read-only, and only when a cache exists: an export never creates or changes one.
    A cache that cannot be read costs only the htmlUrl attributes and the feeds' own
    titles, and says so.
    """
    from newstui.cli.common import database_path, open_store
    from newstui.errors import StoreError

    path = database_path(args)
    if not path.exists():
        return {}, {}
    try:
        with open_store(args, read_only=True) as store:
            feeds = store.feeds(include_removed=True)
    except StoreError as error:
        print(f"newstui: warning: site links (htmlUrl) and the feeds' own titles left out: {error}", file=sys.stderr)
        return {}, {}
    sites = {feed.url: feed.site_url for feed in feeds if feed.site_url}
    # Feed.title falls back to the URL when the feed has none: that is no name.
    names = {feed.url: one_line(feed.title) for feed in feeds if one_line(feed.title) not in ("", feed.url)}
    return sites, names
