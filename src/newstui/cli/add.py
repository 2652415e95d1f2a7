"""`newstui add URL [--tag T ...] [--title T] [--no-check]`: add a feed to the config.

The URL is fetched first: a feed is added as it is; a web page is searched for
its `<link rel="alternate">` feed links and the first one is added (RSS/Atom before JSON Feed).
The config file keeps its comments and layout (see `newstui.config.edit`).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import Any

from newstui.text import clean_url, one_line, plural, strip_control


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", metavar="URL", help="the feed's URL, or a web page that links to its feed")
    parser.add_argument(
        "--tag", "-t", action="append", default=[], metavar="TAG", help="tag the feed (repeat for several tags)"
    )
    parser.add_argument("--title", metavar="TITLE", help="show this title instead of the feed's own")
    parser.add_argument(
        "--no-check",
        action="store_true",
        help="add the URL as it is, without fetching it (for a feed that is down right now)",
    )


def run(args: argparse.Namespace) -> int:
    from newstui.cli.common import config_path, load_config
    from newstui.config import url_problem
    from newstui.config.edit import add_feed, typed_feed_url
    from newstui.config.urls import hide_password
    from newstui.feeds.refresh import fetcher_options_for
    from newstui.model import FeedConfig

    path = config_path(args)
    config = load_config(args)  # writes the starter config first when there is none
    url = typed_feed_url(args.url)
    problem = url_problem(url)
    if problem:
        print(f"newstui: {hide_password(problem)}", file=sys.stderr)
        return 2
    if clean_url(url) is None:
        # url_problem lets bidi and other invisible characters through; they would
        # make the config line read differently from the URL that is fetched.
        print(
            f"newstui: not a plain http(s) URL (invisible or control characters): {hide_password(ascii(url))}",
            file=sys.stderr,
        )
        return 2
    existing = config.feed(url)
    if existing is not None:
        print(f"newstui: {hide_password(url)} is already in {path}", file=sys.stderr)
        return 1
    if not args.no_check:
        import asyncio

        found = asyncio.run(_check(url, fetcher_options_for(config)))
        for line in found.notes:
            print(hide_password(line))
        if found.error:
            print(f"newstui: {hide_password(strip_control(found.error))}", file=sys.stderr)
            return 1
        url = found.url
        if url != args.url and config.feed(url) is not None:
            print(f"newstui: {hide_password(url)} is already in {path}", file=sys.stderr)
            return 1
    feed = FeedConfig(url=url, title=args.title, tags=tuple(args.tag))
    add_feed(path, feed)
    tags = f" with tags {', '.join(feed.tags)}" if feed.tags else ""
    print(f"Added {hide_password(url)}{tags} to {path}")
    return 0


@dataclass
class _Found:
    url: str
    notes: list[str]
    error: str | None = None


async def _check(url: str, options: dict[str, Any]) -> _Found:
    """Fetch `url`; if it is a page, find its feed. Says what it found in `notes`."""
    from newstui.cli.failures import describe, input_errors, is_bug
    from newstui.errors import FetchError
    from newstui.feeds.discover import feed_links, looks_like_feed, looks_like_html
    from newstui.feeds.fetch import Fetcher, FetchResult

    async def fetch(fetcher: Fetcher, target: str) -> FetchResult:
        try:
            return await fetcher.fetch(target)
        except input_errors() as error:  # what a hostile server gets past the fetcher
            if is_bug(error):
                raise
            raise FetchError(target, f"cannot fetch it: {describe(error)}") from None

    async with Fetcher(**options) as fetcher:  # the config's settings: timeout, size cap, proxy
        try:
            result = await fetch(fetcher, url)
        except FetchError as error:
            return _Found(url, [], f"{error} (add it anyway, without fetching it, with --no-check)")
        body = result.body or b""
        if looks_like_feed(body, result.content_type):
            return _Found(url, [f"{url} is a feed."])
        if not looks_like_html(body, result.content_type):
            kind = result.content_type or "unknown content type"
            return _Found(url, [], f"{url} is neither a feed nor a web page ({kind}); add it anyway with --no-check")
        rejected: list[str] = []
        links = feed_links(body, result.final_url, rejected=rejected)
        skipped = [f"Skipped a feed link that is not a plain http(s) URL: {href}" for href in rejected]
        readable = [link for link in links if link.readable]
        if not readable:
            if rejected:
                return _Found(url, skipped, f"{url} is a web page that links to no usable feed")
            return _Found(url, [], f'{url} is a web page that links to no feed (no <link rel="alternate">)')
        notes = [*skipped, f"{url} is a web page; it links to {plural(len(readable), 'feed')}:"]
        for link in readable:
            title = f" ({one_line(link.title)})" if link.title else ""
            notes.append(f"  {link.url}{title}")
        chosen = readable[0].url
        # The feed itself is fetched too: a page can link to a feed that is gone.
        try:
            feed = await fetch(fetcher, chosen)
        except FetchError as error:
            return _Found(chosen, notes, f"the page's feed cannot be fetched: {error}")
        if not looks_like_feed(feed.body or b"", feed.content_type):
            return _Found(chosen, notes, f"the page's feed link {chosen} does not lead to a feed")
        notes.append(f"Adding the first: {chosen}")
        return _Found(chosen, notes)
