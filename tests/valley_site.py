"""A small loopback news site for the end-to-end tests: the Valley Post's RSS feed and one
article page per story (furniture, byline, quotes, a heading, a link), written to a folder a
TestServer serves, and rewritten in place while a reader runs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from feed_builders import rss_document
from httpserver import TestServer

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>{title} | Valley Post</title><meta property="og:title" content="{title}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1><p class="byline">By Ana Ruiz</p>
<p>The council met on Tuesday evening in the library hall to settle the long argument over the bridge.</p>
<p>"We waited nine years for this decision and we will not wait another," said Mayor Clara Nunes.</p>
<h2>What happens next</h2>
<p>Work on the bridge starts in spring, and the old ferry will keep running until the bridge opens.</p>
<p>"The ferry stays until the last bolt is tight," Nunes added after the vote.</p>
<p>Residents can read the <a href="/plans.pdf">published plans</a> at the library.</p>
</article><footer>Exit mobile version</footer></body></html>"""

ITEM = """<item><title>{title}</title><link>{base}/{slug}.html</link><guid>{slug}</guid>
<pubDate>{date}</pubDate><description>Feed summary of {title}.</description></item>"""


def replace_file(path: Path, text: str) -> None:
    """Write `text` to `path` all at once: a server reading it meanwhile sees the old or the new file,
    never a truncated one (tests rewrite the site while a running reader fetches from it)."""
    part = path.with_name(path.name + ".part")
    part.write_text(text, encoding="utf-8")
    os.replace(part, path)


def write_site(root: Path, base: str, stories: list[tuple[str, str, str]]) -> None:
    """The site at `root`, served from `base`: feed.xml listing the (slug, title, RFC 822 date)
    stories in the order given, and one article page SLUG.html for each."""
    root.mkdir(exist_ok=True)
    items = "".join(ITEM.format(title=t, base=base, slug=s, date=d) for s, t, d in stories)
    feed = rss_document(
        items,
        title="Valley Post",
        channel=f"<link>{base}/</link><description>News</description>",
        declaration='<?xml version="1.0" encoding="utf-8"?>',
    )
    replace_file(root / "feed.xml", feed.decode())
    for slug, title, _ in stories:
        replace_file(root / f"{slug}.html", PAGE.format(title=title))


STORIES = [
    ("bridge", "Council approves the new river bridge", "Sat, 14 Mar 2026 09:00:00 GMT"),
    ("library", "Library opens on Sundays from April", "Fri, 13 Mar 2026 09:00:00 GMT"),
    ("market", "Farmers market moves to the square", "Thu, 12 Mar 2026 09:00:00 GMT"),
]


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[TestServer, Path]]:
    """A TestServer serving the site of STORIES from tmp_path/site: (server, that folder)."""
    root = tmp_path / "site"
    root.mkdir()
    with TestServer(root) as server:
        write_site(root, server.base, STORIES)
        yield server, root
