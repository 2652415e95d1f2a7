"""Hosts as people read them: an IDN written in punycode (`xn--…`) shown in its own script.

A feed or link may name its host in ASCII punycode (`xn--bcher-kva.example`), which
nobody reads as "bücher.example"; where the reader shows a host (a feed without a title,
a status line that names a link), the label is decoded. The same rule browsers follow
against look-alike hosts keeps a label in punycode when its decoded letters mix
scripts (a Cyrillic "а" among Latin letters) or hold an invisible or control character,
and when every letter of it, in whichever one script, is drawn as a Latin letter
(Cyrillic "аррӏе" reads as "apple"; a Latin dotless "ı" as "i"): the readable form is
shown only where it cannot pass for another host. When in doubt, punycode.

The result is plain text (controls stripped, passwords hidden), to be shown as data.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

from newstui.service import hide_password
from newstui.text import one_line

_ACE_PREFIX = "xn--"
_SCRIPTS_THAT_MIX = (
    frozenset({"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "IDEOGRAPHIC"}),
    frozenset({"CJK", "HANGUL"}),
    frozenset({"CJK", "BOPOMOFO"}),
)
"""Japanese writes one word in kanji and both kana (with the marks the two kana share,
as the long "ー", and the kanji repeat "々"); Korean mixes Hangul and Hanja, Chinese Han
and Bopomofo: each group is one script for this check (as Unicode's restriction levels)."""
_LATIN_LOOKALIKES = frozenset(
    # Cyrillic letters drawn as a, c, d, e, h, i, j, l, o, p, q, s, w, x, y, b, n, r, v, k
    "асԁеһіјӏорԛѕԝхуьпгѵѡкҽ"
    # Greek letters drawn as a, o, v, i, k, p, u, x, y, c, j
    "αονικρυχγϲϳ"
    # Armenian letters drawn as o, u, h, n, g, q
    "օսհոցզ"
    # Latin letters without the mark that tells them apart: dotless i and j, script a and g
    "ıȷɑɡɩ"
)
"""Letters a reader takes for plain Latin ones (lower case: IDNA lowers every label)."""


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
        netloc = urlsplit(text).netloc
    except ValueError:
        netloc = ""
    # The host as written, cut from the text by position: a search in a lowered copy is off
    # where a letter before it lowers to two ("İ" in a user name).
    at = text.find(f"//{netloc}") + 2 if netloc else -1
    if at >= 2:
        start = at + netloc.rfind("@") + 1
        host = netloc[netloc.rfind("@") + 1 :].partition(":")[0]
        if _ACE_PREFIX in host.lower() and not host.startswith("["):
            text = text[:start] + readable_host(host) + text[start + len(host) :]
    return hide_password(text)


def _readable_label(label: str) -> str:
    if not label.lower().startswith(_ACE_PREFIX):
        return label
    try:
        decoded = label.lower().encode("ascii").decode("idna")  # the codec takes no upper case
    except (UnicodeError, ValueError):
        return label  # not valid punycode: as written
    return decoded if _plain_one_script(decoded) and not _passes_for_latin(decoded) else label


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
        scripts.add(script)
    return len(scripts) <= 1 or any(scripts <= group for group in _SCRIPTS_THAT_MIX)


def _passes_for_latin(text: str) -> bool:
    """Every letter is ASCII or drawn as an ASCII one, and some are not ASCII: the label
    reads as a plain Latin name it is not (`аррӏе`, all Cyrillic, as "apple")."""
    return any(char in _LATIN_LOOKALIKES for char in text) and all(
        char.isascii() or char in _LATIN_LOOKALIKES for char in text
    )


def feed_name(title: str, url: str) -> str:
    """A feed's title as shown: its own, or (the store gives the URL for a feed that names
    none, as one just added does until its first fetch) the URL with its host readable."""
    name = one_line(title)
    return readable_url(url) if not name or name == one_line(url) else name
