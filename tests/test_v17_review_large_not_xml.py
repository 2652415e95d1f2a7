"""A feed URL that serves something large that is no XML at all (a podcast's MP3 pasted as
the feed, a CSV export, a log): over 2 MB, the broken-document path now asks libxml2's
recovery first, which finds no element and gives None, and the reader took None for a
root: the refresh said "could not parse the feed: AttributeError: 'NoneType' object has
no attribute 'tag'" (a parser bug's message) where it said the document is not a feed."""

from __future__ import annotations

import pytest

from newstui.feeds.parse import parse_feed
from newstui.feeds.parse.document import LARGE_BROKEN
from newstui.feeds.parse.errors import ParseError
from newstui.feeds.refresh import parse_job

URL = "http://harbour.test/feed.rss"
# Bytes as an audio file has them: no "<" to start an element anywhere.
AUDIO = bytes(range(1, 60)).replace(b"<", b"") * (LARGE_BROKEN // 50)
TEXT = b"date,tide,height\n" + b"2026-03-14,high,4.2\n" * (LARGE_BROKEN // 18)


@pytest.mark.parametrize("body", [AUDIO, TEXT], ids=["audio-bytes", "csv"])
def test_a_large_document_with_no_xml_is_told_as_not_a_feed(body: bytes) -> None:
    assert len(body) > LARGE_BROKEN
    try:
        feed = parse_feed(body, URL)
    except ParseError:
        return  # said as a document that is no feed: fine
    assert feed.items == [] and feed.error  # as a small one: no items, and why


def test_the_refresh_says_no_parser_bug_for_it() -> None:
    answer = parse_job(TEXT, URL, "text/csv")
    assert not (isinstance(answer, str) and "AttributeError" in answer)
