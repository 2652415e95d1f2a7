"""Cleaning untrusted text and URLs before they are stored, shown or opened."""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urlsplit

# Whole terminal escape sequences (ECMA-48), in 7-bit (ESC x) and 8-bit (C1) form,
# so that no payload such as "[2J" or "]52;c;…" is left behind once the ESC goes:
# - CSI: ESC [ or 0x9B, parameter and intermediate bytes, a final byte (missing
#   when the text is cut short);
# - OSC, DCS, SOS, PM, APC: ESC ] P X ^ _ or 0x9D 0x90 0x98 0x9E 0x9F, a string up
#   to BEL, ST (ESC \ or 0x9C), or CAN/SUB (which abort it in terminals), or to the
#   next ESC or the end of the text when it is never terminated;
# - any other ESC sequence: ESC, intermediate bytes 0x20-0x2F, one final byte.
# Each branch starts with a literal, so the regex engine skips ahead to candidates.
_CSI_BODY = r"[0-?]*[ -/]*[@-~]?"
_STRING_BODY = r"[^\x07\x18\x1a\x1b\x9c]*(?:\x07|\x1b\\|\x9c|\x18|\x1a)?"
_ESCAPES = re.compile(
    rf"\x1b(?:\[{_CSI_BODY}|[\]PX^_]{_STRING_BODY}|[ -/]*[0-~]?)"
    rf"|\x9b{_CSI_BODY}"
    rf"|[\x90\x98\x9d\x9e\x9f]{_STRING_BODY}"
)
# C0 controls except tab/newline, DEL, C1 controls, and the bidi overrides and
# isolates that can disguise text. A lone ESC goes with them. Every escape
# sequence starts with one of these, so text without any needs no more work.
# Surrogates too: in a str one is always lone (a JSON "\\ud83d" escape, half an
# emoji), and no terminal or UTF-8 encoder takes it.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def strip_control(text: str) -> str:
    """Remove terminal escape sequences and control characters, keep tabs and newlines.

    Removed: whole CSI, OSC, DCS, SOS, PM and APC sequences and two-character ESC
    sequences (7-bit and 8-bit forms), then any other C0 control but tab and newline,
    DEL, C1 controls, the bidi overrides/isolates (U+202A-202E, U+2066-2069) and lone
    surrogates (U+D800-DFFF).
    Everything removed starts with a non-printable character, so a caller may skip
    the call for text where `str.isprintable()` is true.
    """
    if not _CONTROLS.search(text):
        return text  # the common case: one scan, nothing to remove
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def one_line(text: str) -> str:
    """Control-free text folded to a single line of single spaces (titles, names)."""
    return " ".join(strip_control(text).split())


OPENABLE_SCHEMES = ("http", "https")
"""The only URL schemes newstui shows as links and hands to a browser."""

# Controls, DEL and space-like characters in an otherwise ASCII URL ("\x20" is
# handled apart: an inner space becomes %20, as browsers do).
_ASCII_UNSAFE = re.compile(r"[\x00-\x1f\x7f]")
# Unicode categories never allowed in a URL that is shown: controls (Cc), format
# characters (Cf: bidi marks, overrides and isolates, zero-width joiners, U+061C,
# soft hyphen), surrogates, private use, unassigned, and separators other than
# the ASCII space (no-break, line and paragraph separators).
_BAD_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})


def clean_url(url: str | None) -> str | None:
    """The URL as it may be shown and opened, or None when it must be neither.

    Surrounding whitespace is stripped and an inner ASCII space becomes `%20`.
    Rejected (None): an empty URL; any C0/C1 control or DEL; any invisible or
    direction-changing character (bidi marks, overrides and isolates such as
    U+200E/200F, U+202A-202E, U+2066-2069, U+061C, zero-width characters, other
    Unicode format characters, no-break and other non-ASCII spaces); a scheme other
    than http or https (so `mailto:`, `javascript:` and `data:` links are neither
    listed nor opened); no host; a port out of range.

    The string returned is the one to show *and* to open, so what the user sees
    is exactly what the browser gets.
    """
    if url is None:
        return None
    text = url.strip(" \t\n\r\f\v")
    if not text or _ASCII_UNSAFE.search(text):
        return None
    if not text.isascii() and any(
        not char.isascii() and unicodedata.category(char) in _BAD_CATEGORIES for char in text
    ):
        return None
    text = text.replace(" ", "%20")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return None
    if parts.scheme.lower() not in OPENABLE_SCHEMES or not parts.hostname:
        return None
    return text


def plural(count: int, noun: str) -> str:
    """'1 feed', '2 feeds': a count with its noun (nouns that take an -s)."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


# A whole character reference, named or numeric, with its semicolon: '&amp;', '&#8217;', '&#x2014;'.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def has_reference(text: str) -> bool:
    """Whether text holds a whole character reference ('Q&amp;A'; not the bare '&' of 'AT&T')."""
    return "&" in text and _REFERENCE.search(text) is not None


def read_whole_references(text: str) -> str:
    """`text` with its HTML references read, only those ending in ";" ("We&#39;re" → "We're").

    `html.unescape` alone also reads a word after a bare "&" as a legacy reference missing
    its ";" ("field&notes" → "field¬es", "Arts&centre" → "Arts¢re"), text never meant.
    """
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda match: html.unescape(match.group()), text)
