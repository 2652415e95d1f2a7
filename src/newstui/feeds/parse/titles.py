"""A title for an item that has none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from newstui.feeds.parse.plain_text import first_line, one_line, shorten

UNTITLED = "(untitled)"
"""The title of an item with nothing to title it by (before version 25, of an item that is
only an attachment too: `store.writes` knows such old rows by it)."""

_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cgi|xml)\Z", re.I)


def _link_title(link: str | None) -> str | None:
    """'…/2026/11/new-tram-line-opens/' → 'New tram line opens'; None unless the slug is words."""
    if not link:
        return None
    from urllib.parse import unquote

    try:
        segments = [part for part in urlsplit(link).path.split("/") if part]
    except ValueError:
        return None
    if not segments:
        return None
    words = [w for w in re.split(r"[-_+\s.]+", _PAGE_SUFFIX.sub("", unquote(segments[-1]))) if w]
    while words and words[0].isdigit():
        words.pop(0)  # '1234-new-tram-line': the id is not part of the title
    alphabetic = sum(1 for w in words if w.isalpha())
    if alphabetic < 2 or alphabetic * 2 < len(words):
        return None  # an id, a hash, 'index.html': not a title
    text = one_line(" ".join(words))
    return text[:1].upper() + text[1:]


def _file_name(url: str | None) -> str | None:
    """'https://cdn.example/audio/episode-14.mp3?x=1' → 'episode-14.mp3'; None without a file name."""
    if not url:
        return None
    from urllib.parse import unquote

    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    name = one_line(unquote(path.rsplit("/", 1)[-1]))
    return name or None


def fallback_title(
    summary_html: str, content_html: str, link: str | None, enclosures: Sequence[str | None] = ()
) -> str:
    """A title for an entry without one: as newsboat makes it, the link's slug when it is
    words, else the first line of the description, then of the content; then (newstui's
    own) the file name of the first attachment whose URL has one; else '(untitled)'.

    An episode that is nothing but an <enclosure> (a podcast feed written by a script) is
    known by its file: titled so, each one stays an item of its own and says which it is,
    where '(untitled)' would make them all one item (a store knows an item with neither
    guid nor link by its title and text) and lose the rest. The query is left out (a
    tracking or signed query changes from fetch to fetch, and the title with it), so
    episodes whose files differ only by query, or share one name in different folders
    ('…/14/audio.mp3', '…/15/audio.mp3'), are still one item, as before.
    """
    slug = _link_title(link)
    if slug:
        return shorten(slug, 80)
    for markup in (summary_html, content_html):
        line = first_line(markup) if markup else ""
        if line:
            return shorten(line, 80)
    for url in enclosures:
        name = _file_name(url)
        if name:
            return shorten(name, 80)
    return UNTITLED
