"""`newstui remove URL`: take a feed out of the config, in place; its bookmarks stay."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newstui.config import Config


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "url", metavar="URL", help="the feed's URL as in the config (compared as the config compares URLs)"
    )


def run(args: argparse.Namespace) -> int:
    from newstui.cli.common import database_path, ensure_starter_config, say_upgrading
    from newstui.config import load_config
    from newstui.config.edit import remove_feed
    from newstui.config.urls import hide_password
    from newstui.errors import ConfigError, StoreError
    from newstui.model import ItemFilter
    from newstui.store import Store
    from newstui.text import one_line

    path = ensure_starter_config(args)
    config = load_config(path)
    url = args.url if config.feed(args.url) is not None else _moved(args, config, args.url)
    if url is None:
        print(f"newstui: {hide_password(one_line(args.url))} is not in {path}", file=sys.stderr)
        return 1
    try:
        removed, line = remove_feed(path, url)
    except ConfigError as error:
        if "no feed" in error.message:  # removed by another newstui meanwhile
            print(f"newstui: {hide_password(one_line(args.url))} is not in {path}", file=sys.stderr)
            return 1
        raise
    at = f" (line {line})" if line else ""
    print(f"Removed {hide_password(one_line(removed.url))} from {path}{at}")
    db = database_path(args)
    if not db.exists():
        return 0
    # The cache learns at once, so `newstui list` and the app stop showing the feed.
    try:
        with Store.open(db, notice=say_upgrading) as store:
            store.sync_feeds(load_config(path).feeds)
            feed = store.feed(removed.url)
            if feed is not None and feed.total:
                kept = store.count_items(ItemFilter("feed", removed.url) & ItemFilter("bookmarks"))
                if kept:
                    print(
                        f"Its {kept} bookmarked item{' stays' if kept == 1 else 's stay'}; "
                        f"`newstui gc` deletes its other {feed.total - kept}."
                    )
                else:
                    print(f"It has no bookmarked items; `newstui gc` deletes its {feed.total}.")
    except StoreError as error:
        print(f"newstui: warning: the cache was not updated ({error}); the next refresh does it", file=sys.stderr)
    return 0


def _moved(args: argparse.Namespace, config: Config, url: str) -> str | None:
    """The config URL of the feed a permanent redirect moved to `url`, if any (read from the cache)."""
    from newstui.cli.common import database_path, open_store
    from newstui.errors import StoreError

    if not database_path(args).exists():
        return None
    try:
        with open_store(args, read_only=True) as store:
            target = store.feed(url)
            if target is None:
                return None
            for feed in config.feeds:
                stored = store.feed(feed.url)
                if stored is not None and stored.id == target.id:
                    return feed.url
    except StoreError:
        return None  # the cache cannot say; the URL is simply not in the config
    return None
