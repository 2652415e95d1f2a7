"""Feed strings (HTML or plain) → one-line plain text."""

from __future__ import annotations

import html
import re

from newstui.feeds.parse.references import html_references
from newstui.text import has_reference as has_reference
from newstui.text import one_line as _one_line_checked
from newstui.text import read_whole_references
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


# Elements whose text is never shown, and comments: an opener, and a close of the same name.
_HIDDEN_OPEN = re.compile(r"<(script|style|template|noscript|head)\b|<!--", re.I)
_HIDDEN_CLOSE = re.compile(r"</(script|style|template|noscript|head)\s*>", re.I)
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


def _fold(name: str) -> str:
    """`name` as a regex back-reference under re.I compares it: each character lower-cased
    on its own ("\u0130" is "i" there, where str.lower gives two characters)."""
    return name.replace("\u0130", "i").lower()


def _close_end(markup: str, key: str, start: int) -> int:
    """Where the first close of `key` (a folded name, or "<!--") after `start` ends, or -1."""
    if key == "<!--":
        found = markup.find("-->", start)
        return -1 if found == -1 else found + 3
    for close in _HIDDEN_CLOSE.finditer(markup, start):
        if _fold(close.group(1)) == key:
            return close.end()
    return -1


def drop_hidden(markup: str) -> str:
    """`markup` with each complete script, style, template, noscript or head element and
    each complete comment replaced by a space; an opener without a close stays.

    The output of `<(script|style|template|noscript|head)\\b.*?</\\1\\s*>|<!--.*?-->`, in one
    pass: that regex scanned to the end from every opener with no close after it
    (quadratic: 64 KB of openers took 3 s). Once a name has no close after an opener, no
    later opener of it has one either, so each name is looked for to the end at most once.
    """
    parts: list[str] = []
    at = search = 0
    unclosed: set[str] = set()
    while (opener := _HIDDEN_OPEN.search(markup, search)) is not None:
        name = opener.group(1)
        key = "<!--" if name is None else _fold(name)
        end = -1 if key in unclosed else _close_end(markup, key, opener.end())
        if end == -1:
            unclosed.add(key)
            search = opener.start() + 1
            continue
        parts += (markup[at : opener.start()], " ")
        at = search = end
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
    text = drop_hidden(markup)
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
    for block in _LINE_BREAK.split(drop_hidden(markup)):
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


def read_references(text: str) -> str:
    """Plain text that a template escaped once too often, with its whole references read once.

    Only references ending in ";" are read: `html.unescape` alone also reads a word after a
    bare "&" as a legacy reference missing its ";" ("field&notes" is "field¬es", "&region"
    "®ion"), text the field never meant. A reference to a control ("&#27;") becomes that
    control, as in entry HTML (`html_references`), so the cleaning removes it with the
    whole escape sequence it starts, not the ESC alone with "[31m" left on screen.
    """
    if "&" not in text:
        return text
    return read_whole_references(html_references(text))
