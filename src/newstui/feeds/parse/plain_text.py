"""Feed strings (HTML or plain) → one-line plain text."""

from __future__ import annotations

import html
import re

from newstui.text import one_line as _one_line_checked
from newstui.text import strip_control as _strip_control_checked


def strip_control(text: str) -> str:
    """`text.strip_control`, skipping its two regex passes for text that has nothing to strip.

    Everything it removes (C0/C1 controls, ESC sequences, bidi overrides) is
    non-printable, so a printable string (most titles, links, ids) comes back as is.
    """
    return text if text.isprintable() else _strip_control_checked(text)


def one_line(text: str) -> str:
    """`text.one_line` with the same shortcut as `strip_control`."""
    return " ".join(text.split()) if text.isprintable() else _one_line_checked(text)


_DROP = re.compile(r"<(script|style|template|noscript|head)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|section|article|header|footer|"
    r"figure|figcaption|hr|dd|dt|dl|img)\b[^<>]*>",
    re.I,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>|<![^<>]*>")


# A CDATA section inside HTML: a feed that wrapped its CDATA twice (`&lt;![CDATA[Title]]&gt;`).
_CDATA_OPEN, _CDATA_CLOSE = "<![CDATA[", "]]>"


def _cdata_text(markup: str) -> str:
    """`markup` with each complete CDATA section replaced by its text. One pass: a regex
    scanned to the end from every opener with no "]]>" after it (quadratic: an item of a
    megabyte of openers held a parse worker for minutes)."""
    parts: list[str] = []
    at = 0
    while (start := markup.find(_CDATA_OPEN, at)) != -1:
        end = markup.find(_CDATA_CLOSE, start + len(_CDATA_OPEN))
        if end == -1:
            break  # no later opener has a close either
        parts += (markup[at:start], markup[start + len(_CDATA_OPEN) : end])
        at = end + len(_CDATA_CLOSE)
    parts.append(markup[at:])
    return "".join(parts)


def html_to_text(markup: str) -> str:
    """HTML (or plain text) → one line of plain text: tags dropped, entities decoded.

    A CDATA section left in the HTML (a CMS that escaped its own CDATA wrapper) is read
    for its text: an HTML parser would drop it as a bogus comment, and with it the title.
    """
    if "<" not in markup and "&" not in markup:
        return one_line(markup)
    if _CDATA_OPEN in markup:
        markup = _cdata_text(markup)
    text = _DROP.sub(" ", markup)
    text = _BLOCK.sub(" ", text)
    text = _TAG.sub("", text)
    return one_line(html.unescape(text))


_LINE_BREAK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article|header|footer|figure|figcaption|hr|dd|dt|dl)"
    r"\b[^<>]*>",
    re.I,
)


def first_line(markup: str) -> str:
    """The text of the first block (paragraph, heading, line) of HTML that has any."""
    for block in _LINE_BREAK.split(_DROP.sub(" ", markup)):
        text = html_to_text(block)
        if text:
            return text
    return ""


def shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, at a space when one is past half of it, with "…"."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + "…"
