"""`newstui import-opml FILE`: add the feeds of an OPML file to the config.

Folders become tags. Feeds already in the config are skipped (and listed), so
importing the same file twice changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the OPML file to import ('-' reads standard input)")


def run(args: argparse.Namespace) -> int:
    from newstui.cli.common import config_path, load_config
    from newstui.config.edit import add_feeds
    from newstui.config.urls import hide_password
    from newstui.feeds.opml import read_opml
    from newstui.text import one_line, plural

    path = config_path(args)
    load_config(args)  # writes the starter config if needed, and refuses a broken one before reading OPML
    source: bytes | Path = sys.stdin.buffer.read() if args.file == "-" else Path(args.file)
    feeds = read_opml(source)
    if not feeds:
        print(f"{args.file}: no feeds found (no <outline> with an xmlUrl)")
        return 0
    added, skipped = add_feeds(path, feeds)
    for feed, reason in skipped:
        print(f"skipped {hide_password(one_line(feed.url))}: {one_line(reason)}")  # the file is untrusted
    print(f"Imported {plural(len(added), 'feed')} into {path}; skipped {len(skipped)}.")
    return 0
