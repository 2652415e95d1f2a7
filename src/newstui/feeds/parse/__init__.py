"""Feed documents (RSS 2.0, RSS 1.0/RDF, Atom; JSON Feed via `newstui.feeds.jsonfeed`) → `ParsedFeed`.

Two readers produce the same model:

* a fast path on lxml for well-formed RSS/RDF/Atom (the common case: about 2 ms for
  a 50-item feed with full content), and
* feedparser for everything else (not well-formed XML, odd dialects, charsets given
  only by HTTP), which is 10-30× slower but forgiving: a broken ("bozo") document
  keeps what parsed and the error is recorded. A broken document over 2 MB is read
  by libxml2's recovery instead (feedparser would take a second per 0.3 MB).

Both hand raw strings to the same cleaning code, so titles and summaries come out as
one-line plain text (tags stripped, entities decoded, control characters removed),
titles are cut at 1,000 characters (authors 300, summaries 100,000), links are absolute
http(s) URLs (scheme and host lower-cased) resolved against xml:base / the feed URL, and dates
are aware UTC datetimes. `content_html` is the entry's content:encoded / Atom
content, or, for a feed that puts its HTML in <description> only, that description.
Duplicate guids (else links) within one document keep the first entry.
Enclosures (RSS <enclosure>, Atom rel="enclosure" links, Media RSS media:content,
also inside media:group) become `Enclosure`s: absolute clean http(s) URLs, each once,
at most MAX_ENCLOSURES per item, a length that is not a positive integer → None.
`parse_feed` is pure and its arguments and result pickle, so it runs in a process pool.

The modules, in the order a document meets them:

* `document`: `parse_feed`, which picks the reader and repairs the document first;
* `declarations`: DTDs and entity declarations removed;
* `encoding`: encoding labels that would lose characters repaired;
* `references`: character references XML forbids made legal;
* `webpage`: a web page where a feed was expected;
* `lxml_reader` and `feedparser_reader`: the two readers, each giving `RawItem`s;
* `cleaning`: raw items → `ParsedFeed`, with `plain_text`, `links`, `dates`,
  `enclosures`, `titles` and `authors` for the fields;
* `errors`: `ParseError`.
"""

from newstui.feeds.parse.dates import FUTURE_SLACK, parse_date
from newstui.feeds.parse.document import parse_feed
from newstui.feeds.parse.enclosures import MAX_ENCLOSURES, RawEnclosure, enclosure_length, media_type
from newstui.feeds.parse.errors import ParseError
from newstui.feeds.parse.lxml_reader import (
    ATOM,
    CONTENT,
    DC,
    FEEDBURNER_ORIGLINK,
    ITUNES,
    MEDIA,
    MEDIA_ALT,
    RDF,
    RSS090,
    RSS1,
    XHTML,
)
from newstui.feeds.parse.plain_text import html_to_text, one_line, strip_control

__all__ = [
    "ATOM",
    "CONTENT",
    "DC",
    "FEEDBURNER_ORIGLINK",
    "FUTURE_SLACK",
    "ITUNES",
    "MAX_ENCLOSURES",
    "MEDIA",
    "MEDIA_ALT",
    "RDF",
    "RSS090",
    "RSS1",
    "XHTML",
    "ParseError",
    "RawEnclosure",
    "enclosure_length",
    "html_to_text",
    "media_type",
    "one_line",
    "parse_date",
    "parse_feed",
    "strip_control",
]
