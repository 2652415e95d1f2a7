"""A UTF-16 or UTF-32 feed is read as UTF-8: a cut or a bad character costs only what it hits.

Found in review: version 26 left a wide document as it came ("both parsers read it"). The
fast reader does, when it is well-formed; the forgiving one (feedparser, for any document
that is not) read nothing at all from:
- a UTF-16 document with a byte-order mark and no XML declaration, cut short (a dropped
  connection): every item lost, "invalid token" at line 2, where a UTF-8 one keeps the items
  before the cut (and so does a UTF-16 one that has a declaration);
- a UTF-16 document with one lone surrogate (half an emoji a CMS cut in two) in one title:
  every item lost, where a UTF-8 document's bad byte stays in its item.
`encoding.repair_encoding` now re-encodes a wide document as UTF-8 (its declaration and
Content-Type saying so), as it does a mislabelled 8-bit one. The real parser; invented feeds.
"""

from __future__ import annotations

import codecs

import pytest

from newstui.feeds.parse.document import parse_feed

URL = "https://lighthouse.example/keepers.rss"
BOMS = {
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}


def _document(first_description: str = "Lamp cleaned.") -> str:
    items = "".join(
        f"<item><title>Keeper's log {n}</title><guid isPermaLink='false'>log-{n}</guid>"
        f"<description>{first_description if n == 0 else 'Fog horn tested.'}</description></item>"
        for n in range(3)
    )
    return f"<rss version='2.0'><channel><title>Lighthouse</title>{items}</channel></rss>"


@pytest.mark.parametrize("codec", list(BOMS))
def test_a_cut_document_with_a_bom_and_no_declaration_keeps_the_items_before_the_cut(codec: str) -> None:
    body = BOMS[codec] + _document().encode(codec)
    cut = body[: body.index("log-2".encode(codec))]
    feed = parse_feed(cut, URL, "application/rss+xml")
    assert [item.guid for item in feed.items] == ["log-0", "log-1"]
    assert feed.error  # said, as for any cut document


@pytest.mark.parametrize("declared", [True, False])
def test_a_lone_surrogate_stays_in_its_item(declared: bool) -> None:
    text = ("<?xml version='1.0' encoding='utf-16'?>" if declared else "") + _document()
    body = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    log_1 = "Keeper's log 1".encode("utf-16-le")
    body = body.replace(log_1, log_1 + b"\x3d\xd8", 1)  # the first half of an emoji, alone
    feed = parse_feed(body, URL, "application/rss+xml")
    assert [item.title for item in feed.items] == ["Keeper's log 0", "Keeper's log 1\ufffd", "Keeper's log 2"]


def test_a_declaration_quoted_in_an_item_is_text() -> None:
    """Only the document's own declaration is rewritten to say UTF-8, never the same words in an item."""
    quoted = "<![CDATA[Start the file with <?xml version='1.0' encoding='utf-16'?> and save it.]]>"
    body = codecs.BOM_UTF16_LE + _document(quoted).encode("utf-16-le")
    feed = parse_feed(body, URL, "application/rss+xml; charset=utf-16")
    assert "encoding='utf-16'" in feed.items[0].summary
    assert [item.guid for item in feed.items] == ["log-0", "log-1", "log-2"]


@pytest.mark.parametrize("codec", list(BOMS))
def test_a_whole_wide_document_reads_as_before(codec: str) -> None:
    declaration = f"<?xml version='1.0' encoding='{codec[:6]}'?>"
    for text in (_document(), declaration + _document()):
        feed = parse_feed(BOMS[codec] + text.encode(codec), URL, "application/rss+xml")
        assert [item.guid for item in feed.items] == ["log-0", "log-1", "log-2"]
        assert not feed.error
