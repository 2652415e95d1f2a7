"""Review of the trust work (v25): an article page whose compressed stream was cut short was
extracted from its first part and that part cached as the article, for good (the feed's side
of the same fault was told; the page's was silent). A page missing only its gzip trailer is
whole and is read as before.

A real loopback server and Fetcher; an invented page.
"""

from __future__ import annotations

import asyncio
import gzip

import pytest

from httpserver import TestServer
from newstui.errors import FetchError
from newstui.feeds.articles import article_for
from newstui.feeds.fetch import Fetcher
from newstui.model import Article, Item

PARAGRAPHS = "".join(
    f"<p>The ferry to Gull Holm runs {n} minutes late today while the crew mends a rope on the ramp, "
    f"said the harbour office, and the evening crossing {n} keeps its time.</p>"
    for n in range(200)
)
PAGE = (
    "<!doctype html><html><head><title>Gull Holm ferry late</title></head><body><article>"
    f"<h1>Gull Holm ferry late</h1>{PARAGRAPHS}</article></body></html>"
).encode()
HTML = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}


def _article(http_server: TestServer, body: bytes) -> Article:
    url = http_server.add_route("/ferry.html", (200, HTML, body))
    item = Item(id=1, feed_id=1, feed_url="https://holm.test/feed", feed_title="Holm", title="Ferry", link=url)

    async def run() -> Article:
        async with Fetcher() as fetcher:
            return await article_for(item, fetcher)

    return asyncio.run(run())


def test_a_page_cut_inside_its_compressed_stream_is_an_error_not_an_article(http_server: TestServer) -> None:
    packed = gzip.compress(PAGE)
    with pytest.raises(FetchError) as caught:
        _article(http_server, packed[: len(packed) // 2])
    assert "cut short" in str(caught.value)


def test_a_page_missing_only_its_gzip_trailer_is_read(http_server: TestServer) -> None:
    article = _article(http_server, gzip.compress(PAGE)[:-8])
    text = " ".join(str(section) for section in article.sections)
    assert "crossing 199 keeps its time" in text
