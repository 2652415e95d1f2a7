"""Limits on the work one page may cost, so a hostile or absurd page fails fast.

Page text is cut before its MAX_TAGS-th tag, as it is cut at 5 MB. A page is then
refused with ExtractError ("page too large/complex to extract: …") when a tag has
more than MAX_ATTRIBUTES attributes, when it holds more than MAX_ELEMENTS elements
once parsed (void elements such as <br> need no closing tag), or when extraction
runs past SECONDS of its thread's CPU time. The caller then shows the feed's own
text. The deadline is per thread (a context variable), so pages extracted side by
side in a thread pool each get their own; it counts CPU time, not wall time, so a
busy machine (or other threads holding the GIL) does not turn a normal page into a
refused one.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from newstui.errors import ExtractError

MAX_TAGS = 100_000
"""Page text is cut before its MAX_TAGS-th '<', before it is parsed (about 50,000 elements)."""
MAX_ELEMENTS = 60_000
"""Most elements a parsed page may hold; news pages have a few thousand, long wiki pages tens of thousands."""
MAX_ATTRIBUTES = 256
"""Most attributes one tag may have."""
SECONDS = 1.5
"""CPU time (of the extracting thread) one page may take; checked in the extractor's loops."""


class _Deadline:
    """One deadline: the CPU time (of `thread`) it ends at, and a wall time before which it cannot have.

    A thread's CPU time grows no faster than the wall clock, so until `wake`
    (monotonic time) the limit cannot have been reached and `check` skips the
    CPU clock: reading it is a system call, ~30 times dearer than the monotonic
    clock, and the extractor checks a few thousand times a page.
    """

    __slots__ = ("limit", "thread", "wake")

    def __init__(self, limit: float, wake: float) -> None:
        self.limit = limit
        self.wake = wake
        self.thread = threading.get_ident()


_deadline: ContextVar[_Deadline | None] = ContextVar("newstui_extract_deadline", default=None)


def too_complex(what: str) -> ExtractError:
    return ExtractError(f"page too large/complex to extract: {what}")


@contextmanager
def deadline(seconds: float | None = None) -> Iterator[None]:
    """Run the block with a deadline `seconds` (default SECONDS) from now; an outer one is kept if sooner."""
    outer = _deadline.get()
    wall = time.monotonic()
    limit = time.thread_time() + (SECONDS if seconds is None else seconds)
    if outer is None or outer.limit > limit or outer.thread != threading.get_ident():
        state = _Deadline(limit if outer is None else min(outer.limit, limit), wall)
    else:
        state = outer
    token = _deadline.set(state)
    try:
        yield
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise ExtractError once the current deadline has passed."""
    state = _deadline.get()
    if state is None:
        return
    wall = time.monotonic()  # read before the CPU clock: the bound below then holds
    if wall < state.wake and state.thread == threading.get_ident():
        return
    cpu = time.thread_time()
    if cpu > state.limit:
        raise too_complex(f"extraction took over {SECONDS:g} s")
    if state.thread == threading.get_ident():
        state.wake = wall + (state.limit - cpu)


def left() -> float | None:
    """CPU seconds left before the current deadline (None without one); a retry that needs more is skipped."""
    state = _deadline.get()
    if state is None or state.thread != threading.get_ident():
        return None
    return state.limit - time.thread_time()


# A start tag longer than this has its attributes counted (libxml2 checks each
# attribute against all earlier ones of its element: quadratic in their number).
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{1024}")
_ATTRIBUTE = re.compile(r"""\s[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?""")


def cap_tags(text: str) -> str:
    """Page text cut before its MAX_TAGS-th '<' (like the 5 MB cut, best effort: the article is near the top).

    Raises:
        ExtractError: a tag (not text inside a script, style or comment) has more
            than MAX_ATTRIBUTES attributes.
    """
    if text.count("<") > MAX_TAGS:
        cut = 0
        for _ in range(MAX_TAGS):
            cut = text.find("<", cut) + 1
        text = text[: cut - 1]
    raw: list[tuple[int, int]] | None = None
    for match in _LONG_TAG.finditer(text):
        attributes = _attributes(text, match.start())
        if attributes > MAX_ATTRIBUTES:
            if raw is None:
                raw = raw_spans(text)
            if inside_spans(raw, match.start()):
                continue
            raise too_complex(f"a tag with {attributes:,} attributes (the limit is {MAX_ATTRIBUTES:,})")
    return text


_TAG_NAME = re.compile(r"<[A-Za-z][^\s/>]*")


def _attributes(text: str, start: int) -> int:
    """The number of attributes of the start tag at `start`, read one by one.

    General pattern: pages pass a component its props as JSON in one quoted
    attribute (data-props='{"paywall":"<strong>…</strong>", …}'); a '>' or
    '<' inside quotes does not end the tag, and the words of the JSON are no
    attributes. Counting up to the first '>' read the JSON as hundreds of
    attributes, and the page was refused as hostile.
    """
    name = _TAG_NAME.match(text, start)
    pos = start + 1 if name is None else name.end()
    count = 0
    while count <= MAX_ATTRIBUTES:
        attribute = _ATTRIBUTE.match(text, pos)
        if attribute is None:
            return count
        count += 1
        pos = attribute.end()
    # Too many: the whole tag is counted at once, in C, for the message.
    end = text.find(">", pos)
    return count + len(_ATTRIBUTE.findall(text, pos, len(text) if end < 0 else end))


# Script and style bodies and comments are not markup: libxml2 reads no tags there,
# so minified code such as 'a<d))return x=b="…' is no tag with hundreds of attributes.
_RAW_START = re.compile(r"<(script|style)\b|<!--")


def raw_spans(text: str) -> list[tuple[int, int]]:
    """Sorted (start, end) of script/style bodies and comments; one pass (an unclosed one runs to the end)."""
    lower = text.lower()
    spans: list[tuple[int, int]] = []
    pos = 0
    while (match := _RAW_START.search(lower, pos)) is not None:
        if match.group(1):
            opened = lower.find(">", match.end())
            end = -1 if opened < 0 else lower.find("</" + match.group(1), opened)
        else:
            end = lower.find("-->", match.end())
        if end < 0:
            spans.append((match.start(), len(text)))
            break
        spans.append((match.start(), end))
        pos = end + 1
    return spans


def inside_spans(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether offset `at` falls inside one of the sorted, disjoint `spans`."""
    from bisect import bisect_right

    index = bisect_right(spans, (at, 1 << 62)) - 1
    return index >= 0 and spans[index][0] < at < spans[index][1]


def check_elements(count: int) -> None:
    if count > MAX_ELEMENTS:
        raise too_complex(f"{count:,} elements (the limit is {MAX_ELEMENTS:,})")
