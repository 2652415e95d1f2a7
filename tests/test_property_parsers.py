"""Property tests: any bytes or markup-ish text through parse_feed and extract_article.

The only exceptions allowed out are newstui's own (NewstuiError subclasses), and
each example finishes within a hang bound.
"""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstui.errors import NewstuiError
from newstui.extract import extract_article
from newstui.feeds.parse import parse_feed

URL = "https://prop.example/feed.xml"

# Pieces that steer the parsers into their odd corners: declarations, entities,
# CDATA, namespaces, encodings, escape sequences, deep or unclosed markup.
PIECES = st.sampled_from(
    [
        '<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>', '<?xml version="1.0" encoding="rot13"?>',
        "<!DOCTYPE rss [", '<!ENTITY a "aaaa">', '<!ENTITY b "&a;&a;&a;">', "]>", "&a;", "&b;", "&amp;", "&#0;",
        "&#x1b;", "&nosuch;", "<![CDATA[", "]]>", "<!--", "-->", "<rss version=\"2.0\">", "</rss>", "<channel>",
        "</channel>", "<item>", "</item>", "<title>", "</title>", "<link>", "</link>", "<guid>", "</guid>",
        "<pubDate>", "</pubDate>", "Fri, 31 Dec 9999 23:59:59 -2359", "0001-01-01T00:00:00+23:59",
        "<description>", "</description>", '<feed xmlns="http://www.w3.org/2005/Atom">', "<entry>", "</entry>",
        "<updated>", "</updated>", '<content type="xhtml">', "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
        "<html>", "<body>", "<div>", "</div>", "<p>", "</p>", "<br>", "<a href='javascript:x'>", "</a>",
        "<meta charset='zlib'>", "<meta charset='utf-7'>", "<script>", "</script>", "<table><tr><td>", "<b>" * 50,
        "\x1b[2J", "\x1b]52;c;eA==\x07", "\x00", "\ufeff", "\ud800", "“", "”", " said Ana.", "x" * 300, "\r\n",
    ]
)  # fmt: skip
MARKUPISH = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=40).map("".join)
CHARSETS = st.sampled_from(
    [
        None,
        "text/html",
        "application/xml; charset=utf-16",
        "text/xml; charset=utf-7",
        "application/rss+xml; charset=hex",
    ]
)
PROPERTY = settings(max_examples=60, deadline=5000, suppress_health_check=[HealthCheck.too_slow])


def _bytes(text: str, codec: str) -> bytes:
    try:
        return text.encode(codec, "surrogatepass")
    except UnicodeEncodeError:  # a codec that cannot carry some character (cp037 and the BOM)
        return text.encode(codec, "replace")


@PROPERTY
@given(st.binary(max_size=2000), CHARSETS)
def test_parse_feed_random_bytes(body: bytes, content_type: str | None) -> None:
    with contextlib.suppress(NewstuiError):
        parse_feed(body, URL, content_type)


@PROPERTY
@given(MARKUPISH, st.sampled_from(["utf-8", "utf-16", "utf-7", "cp037"]), CHARSETS)
def test_parse_feed_markupish(text: str, codec: str, content_type: str | None) -> None:
    try:
        feed = parse_feed(_bytes(text, codec), URL, content_type)
    except NewstuiError:
        return
    for item in feed.items:
        assert "\x1b" not in item.title and "\x1b" not in item.summary


@PROPERTY
@given(st.binary(max_size=2000))
def test_extract_random_bytes(body: bytes) -> None:
    with contextlib.suppress(NewstuiError):
        extract_article(body, "https://prop.example/a")


@PROPERTY
@given(MARKUPISH, st.booleans())
def test_extract_markupish(text: str, as_bytes: bool) -> None:
    try:
        article = extract_article(_bytes(text, "utf-8") if as_bytes else text, "https://prop.example/a")
    except NewstuiError:
        return
    for section in article.sections:
        for paragraph in section.paragraphs:
            assert "\x1b" not in paragraph and "\x00" not in paragraph
