"""A document cut off inside an item: that item is half of one, and is left out."""

from __future__ import annotations

import re

# An item's (RSS) or entry's (Atom) start and end tags, with any namespace prefix. Only a
# whole start tag, not an empty one (<item/>): a cut inside a start tag gives the readers no
# item at all, and the last item they give is then a whole one.
_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?:\s[^<>]*)?(?<!/)>")
_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")

TORN_NOTE = "the document stops inside its last item, which is left out"


def ends_inside_item(body: bytes) -> bool:
    """Whether `body` ends inside an item: its last item's start tag has no end tag after it.

    A download cut short (a proxy's limit, a dropped connection, a server that died while
    writing) ends somewhere in its last item. The readers recover what comes before the cut,
    that half item too: its title, perhaps not its guid or link, which came after the cut.
    Stored, it was kept under another key (its link, a hash of its text) than the whole item
    the next download brings, which then came as a second copy beside it for good. Half an
    item is the document's fault, not a story: it is left out, and the whole one is read next
    time.
    """
    last_start = _last(_START, body)
    return last_start >= 0 and _last(_END, body, last_start) < 0


def _last(pattern: re.Pattern[bytes], body: bytes, start: int = 0) -> int:
    """Where the last match of `pattern` in `body[start:]` begins, or -1."""
    where = -1
    for match in pattern.finditer(body, start):
        where = match.start()
    return where
