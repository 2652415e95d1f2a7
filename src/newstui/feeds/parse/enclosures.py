"""Enclosures (podcast audio, media) as the document gives them, and cleaned."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newstui.feeds.parse.links import absolute_link
from newstui.model import Enclosure
from newstui.text import clean_url

# Enclosures kept per item: a podcast has one, a gallery a few dozen; more is abuse.
MAX_ENCLOSURES = 50


# Types nothing can open any more: YouTube's feeds still name each video's Flash
# player in media:content, while the video itself is the item's link.
_UNPLAYABLE = frozenset({"application/x-shockwave-flash", "application/futuresplash"})

# (url, type, length) as the document gives them.
RawEnclosure = tuple[str | None, str | None, str | None]


def clean_enclosures(raws: Iterable[RawEnclosure], base: str) -> tuple[Enclosure, ...]:
    """Cleaned enclosures: absolute, printable http(s) URLs only, each once, at most MAX_ENCLOSURES;
    none of a type nothing plays (Flash)."""
    found: list[Enclosure] = []
    seen: set[str] = set()
    for url, kind, length in raws:
        clean = clean_url(absolute_link(url, base))
        kind = media_type(kind)
        if clean is None or clean in seen or kind in _UNPLAYABLE:
            continue
        seen.add(clean)
        found.append(Enclosure(clean, kind, enclosure_length(length)))
        if len(found) >= MAX_ENCLOSURES:
            break
    return tuple(found)


_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\Z")


def media_type(value: str | None) -> str | None:
    """'Audio/MPEG; charset=x' → 'audio/mpeg'; None unless it is a well-formed type/subtype."""
    if not value:
        return None
    kind = value.split(";", 1)[0].strip().lower()
    return kind if _MEDIA_TYPE.match(kind) else None


def enclosure_length(value: str | int | None) -> int | None:
    """A size in bytes from the feed; None for a missing, zero, negative or non-numeric one.

    Zero is what many podcast tools write when they do not know, so it means unknown.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        number = value
    else:
        text = value.strip()
        if not (text.isascii() and text.isdigit()) or len(text) > 18:
            return None
        number = int(text)
    return number if 0 < number < 10**18 else None
