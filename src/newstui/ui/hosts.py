"""Hosts as people read them: an IDN written in punycode (`xn--…`) shown in its own script.

A feed or link may name its host in ASCII punycode (`xn--bcher-kva.example`), which
nobody reads as "bücher.example"; where the reader shows a host (a feed without a title,
a status line that names a link), the label is decoded. The same rule browsers follow
against look-alike hosts keeps a label in punycode when its decoded letters mix
scripts (a Cyrillic "а" among Latin letters) or hold an invisible or control character:
the readable form is shown only where it cannot pass for another host.

The result is plain text (controls stripped, passwords hidden), to be shown as data.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

from newstui.service import hide_password
from newstui.text import one_line

_ACE_PREFIX = "xn--"
_SCRIPTS_THAT_MIX = frozenset({"CJK", "HIRAGANA", "KATAKANA"})
"""Japanese writes one word in these three together: one script for this check."""


def readable_host(host: str) -> str:
    """`host` with each punycode label that decodes to a single script written out."""
    if _ACE_PREFIX not in host.lower():
        return host
    return ".".join(_readable_label(label) for label in host.split("."))


def readable_url(url: str) -> str:
    """`url` on one line, its host readable (`readable_host`), its password hidden."""
    text = one_line(url)
    if _ACE_PREFIX not in text.lower():
        return hide_password(text)
    try:
        host = urlsplit(text).hostname
    except ValueError:
        host = None
    if host and _ACE_PREFIX in host:
        # The host as written (any case) is replaced once, where it stands after "//".
        start = text.lower().find(host, text.find("//") + 2)
        if start >= 0:
            text = text[:start] + readable_host(host) + text[start + len(host) :]
    return hide_password(text)


def _readable_label(label: str) -> str:
    if not label.lower().startswith(_ACE_PREFIX):
        return label
    try:
        decoded = label.encode("ascii").decode("idna")
    except (UnicodeError, ValueError):
        return label  # not valid punycode: as written
    return decoded if _plain_one_script(decoded) else label


def _plain_one_script(text: str) -> bool:
    """Letters of one script (digits and hyphens anywhere), no control or format character."""
    scripts: set[str] = set()
    for char in text:
        category = unicodedata.category(char)
        if category[0] in "CZ":
            return False
        if char.isascii() and not char.isalpha():
            continue  # digits and hyphens belong to every script's labels
        name = unicodedata.name(char, "")
        script = name.split(" ")[0] if name else "?"
        scripts.add("CJK" if script in _SCRIPTS_THAT_MIX else script)
    return len(scripts) <= 1


def feed_name(title: str, url: str) -> str:
    """A feed's title as shown: its own, or (the store gives the URL for a feed that names
    none, as one just added does until its first fetch) the URL with its host readable."""
    name = one_line(title)
    return readable_url(url) if not name or name == one_line(url) else name
