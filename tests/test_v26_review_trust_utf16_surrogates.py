"""A UTF-16 feed cut between the two halves of a character is read up to that character.

Found in review: version 26 reads a UTF-16 document cut at an odd byte up to its last whole
unit (`encoding.whole_characters`), but a character beyond the first 65,536 (an emoji, a rarer
CJK character) is two units in UTF-16. A download cut between them, or at an odd byte inside
the second one, left a lone first half at the end, and both parsers read nothing at all
("invalid token" at line 2): every item lost, the failure version 26 meant to end. The lone
first half goes too now, and the items before the cut are read. The real parser; invented
feeds.
"""

from __future__ import annotations

import codecs

import pytest

from newstui.feeds.parse.document import parse_feed
from newstui.feeds.parse.encoding import whole_characters

SHIP = "\U0001f6a2"  # two UTF-16 units: a surrogate pair


def _document() -> str:
    items = "".join(
        f"<item><title>Berth {n} {SHIP} free</title><guid isPermaLink='false'>berth-{n}</guid></item>" for n in range(3)
    )
    return (
        "<?xml version='1.0' encoding='utf-16'?><rss version='2.0'><channel><title>Harbour board</title>"
        f"{items}</channel></rss>"
    )


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("past", [0, 1])  # cut right after the first half, or one byte into the second
def test_a_cut_inside_a_surrogate_pair_keeps_the_items_before_it(codec: str, bom: bool, past: int) -> None:
    start = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) if bom else b""
    body = start + _document().encode(codec)
    first_half_ends = body.index(f"{SHIP} free</title><guid isPermaLink='false'>berth-2".encode(codec)) + 2
    feed = parse_feed(body[: first_half_ends + past], "https://harbour.example/board.rss", "application/rss+xml")
    assert [item.guid for item in feed.items] == ["berth-0", "berth-1"]
    assert feed.items[1].title == f"Berth 1 {SHIP} free"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_whole_pair_or_a_character_just_below_the_surrogates_at_the_end_stays(codec: str) -> None:
    """Only a lone first half goes: a whole pair, or U+D7FF (high byte 0xD7), is a character as any other."""
    for last in (SHIP, "\ud7ff"):
        body = (_document() + last).encode(codec)
        assert whole_characters(body) == body
