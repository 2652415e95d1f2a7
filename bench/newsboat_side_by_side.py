"""newstui next to a real newsboat on the same loopback feeds: what each one shows.

    python bench/newsboat_side_by_side.py [-v] [--feeds DIR] [--newstui-src DIR] [--keep DIR]

A development script (CI machines have no newsboat: it says so and exits 0). It
serves a corpus (tests/data/v16feeds/ unless `--feeds` names another, e.g.
tests/data/v17feeds/) plus HTTP answers (errors, redirects, an empty body) from one
loopback server, then runs both readers twice. A corpus may hold `http.json`: the
Content-Type and Content-Encoding of some files, and more HTTP answers (see
`Corpus._manifest`).

1. `newsboat -x reload` with its own urls file, config and cache (`-u`, `-C`, `-c`;
   HOME and the XDG directories point into a temporary directory, so no real
   newsboat setup is read or written), and `newstui refresh` with a temporary
   config and database on the same URLs;
2. the same again after the server switched to the files of the corpus's run2/ (items
   edited, removed, re-keyed; every other feed answers 304 to a conditional request).

Each run prints how long each reader's refresh took (wall clock, start to exit: newstui's
includes Python's start-up and its retries of a 5xx answer, which newsboat does not make).
After each run it reads newsboat's cache.db (rss_item, rss_feed) and newstui's
database with SQLite and compares per feed: the item count, then per matched item
the title, link, date and author, and the feed's title and whether it failed. A
difference a rule below recognises as one newstui makes on purpose is counted
apart ("deliberate") from the rest ("differ"). `--newstui-src` runs another
newstui tree (e.g. the main checkout, to count the differences before a change).
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import html
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "tests" / "data" / "v16feeds"
sys.path.insert(0, str(ROOT / "tests"))

from httpserver import Request, Response, TestServer  # type: ignore[import-not-found,unused-ignore]  # noqa: E402

NEWSBOAT = shutil.which("newsboat")
FIELDS = ("count", "title", "link", "date", "author", "enclosure", "feed title", "failed")
# Files served with a Content-Type of their own (else the suffix's).
CONTENT_TYPES = {
    "latin1-header.rss": "application/rss+xml; charset=iso-8859-1",
    "conflict.rss": "application/rss+xml; charset=utf-8",
    "feed11.json": "application/feed+json",
}
PHASE_TIMES = (datetime(2026, 11, 24, 12, 0, tzinfo=UTC), datetime(2026, 11, 25, 12, 0, tzinfo=UTC))


@dataclass
class Row:
    """One item as a reader stores it (and shows it)."""

    guid: str | None
    title: str
    link: str | None
    date: int | None
    """Seconds since the epoch: the feed's date, else the reader's first-seen time."""
    author: str | None
    enclosures: tuple[str, ...] = ()
    """The attachments' URLs (newsboat keeps one)."""


@dataclass
class Shown:
    """What one reader holds for one feed after a run."""

    title: str | None = None
    failed: str | None = None
    items: list[Row] = field(default_factory=list)


class Corpus:
    """The loopback server's feeds: files of the current phase, and HTTP answers."""

    def __init__(self, server: TestServer, corpus: Path = DEFAULT_CORPUS) -> None:
        self.server = server
        self.corpus = corpus
        manifest = self._manifest()
        self.content_types: dict[str, str] = {**CONTENT_TYPES, **manifest.get("content_types", {})}
        self.encodings: dict[str, str] = manifest.get("encodings", {})
        self.run2_content_types: dict[str, str] = manifest.get("run2_content_types", {})
        self.phase = 0
        self.urls: dict[str, str] = {}
        self.answers: dict[tuple[str, str, int], list[int]] = {}
        """(feed name, client, phase) → statuses sent."""
        # A date "tomorrow" must be tomorrow whenever the script runs (and the same in every answer).
        self.tomorrow = email.utils.format_datetime(datetime.now(UTC) + timedelta(hours=20)).encode()
        for path in sorted(corpus.iterdir()):
            if path.is_file() and path.name != "http.json":
                self.urls[path.name] = server.add_route(f"/f/{path.name}", self._file_route(path.name))
        # Redirect targets with items of their own: newsboat keys items by guid across feeds.
        statuses: dict[str, Response | Callable[[Request], Response]] = {
            "http-404": Response(404, {"Content-Type": "text/plain"}, b"no such feed"),
            "http-500": Response(500, {"Content-Type": "text/plain"}, b"server error"),
            "http-410": Response(410, {"Content-Type": "text/plain"}, b"gone"),
            "redirect-loop": Response(302, {"Location": "/s/redirect-loop"}, b""),
            "empty-200": Response(200, {"Content-Type": "application/rss+xml"}, b""),
        }
        # The plain 301 and 302, when the corpus has their targets (a corpus of its own shapes may not).
        for status, target in ((301, "moved.rss"), (302, "temp.rss")):
            if (corpus / "targets" / target).is_file():
                hidden = server.add_route(f"/hidden/{target}", self._file_route(f"targets/{target}", log=False))
                statuses[f"http-{status}"] = Response(status, {"Location": hidden}, b"")
        for name, answer in statuses.items():
            self.urls[name] = server.add_route(f"/s/{name}", self._logged(name, answer))
        for name, spec in manifest.get("answers", {}).items():
            url = server.add_route(f"/s/{name}", self._logged(name, self._phased(spec)))
            if not spec.get("hidden"):
                self.urls[name] = url

    def _manifest(self) -> dict[str, Any]:
        """The corpus's http.json: {"content_types": {file: type}, "run2_content_types": {file:
        type on the second run}, "encodings": {file: "gzip" | "deflate" | "deflate-raw" |
        "gzip-lies"}, "answers": {name: {"status", "headers", "body", "location": "target:FILE"
        (served from targets/) | "relative-target:FILE" (the same, named by a relative URL) |
        "answer:NAME" | any URL, "file": FILE (targets/FILE served as a feed, with validators),
        "hidden", "run2": {another answer for the second run}}}}."""
        path = self.corpus / "http.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}

    def _phased(self, spec: dict[str, Any]) -> Callable[[Request], Response]:
        """An answer that may change on the second run (a feed that moves, goes or breaks)."""
        answers = [self._answer(spec), self._answer(spec.get("run2", spec))]
        return lambda request: answers[self.phase](request)

    def _answer(self, spec: dict[str, Any]) -> Callable[[Request], Response]:
        if "file" in spec:
            name = f"targets/{spec['file']}"
            return lambda request: self._file(name, request)
        headers = dict(spec.get("headers", {}))
        location = str(spec.get("location", ""))
        if location.startswith(("target:", "relative-target:")):
            name = location.split(":", 1)[1]
            location = self.server.add_route(f"/hidden/{name}", self._file_route(f"targets/{name}", log=False))
            if spec["location"].startswith("relative-"):
                location = f"../hidden/{name}"  # a Location relative to the answer's own URL (RFC 9110)
        elif location.startswith("answer:"):
            location = f"/s/{location.removeprefix('answer:')}"
        if location:
            headers["Location"] = location
        response = Response(int(spec["status"]), headers, str(spec.get("body", "")).encode())
        return lambda request: response

    def _logged(self, name: str, answer: Response | Callable[[Request], Response]) -> Callable[[Request], Response]:
        def route(request: Request) -> Response:
            response = answer(request) if callable(answer) else answer
            self._note(name, request, response.status)
            return response

        return route

    def _note(self, name: str, request: Request, status: int) -> None:
        client = "newsboat" if "newsboat" in request.headers.get("user-agent", "").lower() else "newstui"
        self.answers.setdefault((name, client, self.phase), []).append(status)

    def _file_route(self, name: str, *, log: bool = True) -> Callable[[Request], Response]:
        def route(request: Request) -> Response:
            response = self._file(name, request)
            if log:
                self._note(name, request, response.status)
            return response

        return route

    def _path(self, name: str) -> Path:
        """The file served as `name` in the current phase."""
        changed = self.phase == 1 and (self.corpus / "run2" / name).is_file()
        return self.corpus / "run2" / name if changed else self.corpus / name

    def repeated_guids(self) -> dict[str, set[str]]:
        """Per feed file, the guids (Atom ids) its document of the current phase lists more than
        once (read as text: whitespace around them stripped, references decoded)."""
        repeated: dict[str, set[str]] = {}
        for name in self.urls:
            path = self._path(name)
            if not path.is_file():
                continue  # an HTTP answer, not a file
            seen = Counter(
                html.unescape(value.decode("utf-8", "replace")).strip()
                for _, value in _GUID_ELEMENTS.findall(path.read_bytes())
            )
            if twice := {guid for guid, n in seen.items() if n > 1 and guid}:
                repeated[name] = twice
        return repeated

    def _file(self, name: str, request: Request) -> Response:
        changed = self.phase == 1 and (self.corpus / "run2" / name).is_file()
        body = self._path(name).read_bytes()
        body = body.replace(b"__TOMORROW__", self.tomorrow)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = email.utils.format_datetime(PHASE_TIMES[1 if changed else 0], usegmt=True)
        content_type = (self.run2_content_types.get(name) if changed else None) or self.content_types.get(name)
        headers = {"Content-Type": content_type or _content_type(name), "ETag": etag}
        headers["Last-Modified"] = modified
        body = _encoded(body, self.encodings.get(name), headers)
        if request.headers.get("if-none-match") == etag:
            return Response(304, {"ETag": etag})
        since = request.headers.get("if-modified-since")
        if since and "if-none-match" not in request.headers:
            parsed = email.utils.parsedate_to_datetime(since)
            if parsed is not None and parsed >= PHASE_TIMES[1 if changed else 0]:
                return Response(304, {"Last-Modified": modified})
        return Response(200, headers, body)


def _encoded(body: bytes, encoding: str | None, headers: dict[str, str]) -> bytes:
    """The body as sent with Content-Encoding `encoding` ("gzip-lies": the header, not the compression)."""
    if encoding is None:
        return body
    headers["Content-Encoding"] = encoding.removesuffix("-raw").removesuffix("-lies")
    if encoding == "gzip":
        return gzip.compress(body)
    if encoding == "deflate":
        return zlib.compress(body)
    if encoding == "deflate-raw":  # what some servers send for "deflate": no zlib wrapper
        raw = zlib.compressobj(wbits=-15)
        return raw.compress(body) + raw.flush()
    return body


def _content_type(name: str) -> str:
    suffix = Path(name).suffix
    return {
        ".rss": "application/rss+xml",
        ".atom": "application/atom+xml",
        ".rdf": "application/rdf+xml",
        ".xml": "application/xml",
        ".json": "application/json",
        ".html": "text/html; charset=utf-8",
    }.get(suffix, "application/octet-stream")


def clean_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """An environment pointing every per-user directory into `home`, without proxies."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TERM": "dumb",
    }
    env.update(extra or {})
    return env


class Newsboat:
    def __init__(self, work: Path, urls: list[str]) -> None:
        self.dir = work / "newsboat"
        (self.dir / "home").mkdir(parents=True)
        (self.dir / "urls").write_text("".join(u + "\n" for u in urls), encoding="utf-8")
        self.errors = self.dir / "error.log"
        (self.dir / "config").write_text(
            f'download-timeout 10\nreload-threads 4\nerror-log "{self.errors}"\n', encoding="utf-8"
        )
        self.cache = self.dir / "cache.db"

    def run(self) -> tuple[int, float]:
        assert NEWSBOAT is not None
        command = [NEWSBOAT, "-u", str(self.dir / "urls"), "-c", str(self.cache), "-C", str(self.dir / "config")]
        if self.errors.exists():
            self.errors.unlink()
        started = time.time()
        done = subprocess.run(
            [*command, "-x", "reload"],
            env=clean_env(self.dir / "home"),
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
        )
        return done.returncode, started

    def shown(self, urls: dict[str, str]) -> dict[str, Shown]:
        errors = self.errors.read_text(encoding="utf-8", errors="replace") if self.errors.exists() else ""
        conn = sqlite3.connect(f"file:{self.cache}?mode=ro", uri=True)
        # newsboat stores the bytes of a feed that lies about its encoding as they came (not UTF-8).
        conn.text_factory = lambda data: data.decode("utf-8", errors="replace")
        try:
            titles = dict(conn.execute("SELECT rssurl, title FROM rss_feed").fetchall())
            result: dict[str, Shown] = {}
            for name, url in urls.items():
                rows = conn.execute(
                    "SELECT guid, title, url, pubDate, author, enclosure_url FROM rss_item"
                    " WHERE feedurl = ? AND deleted = 0"
                    " ORDER BY pubDate DESC, id DESC",
                    (url,),
                ).fetchall()
                failure = next((line for line in errors.splitlines() if url in line), None)
                result[name] = Shown(
                    title=titles.get(url) or None,
                    failed=failure,
                    items=[Row(g or None, t, u or None, d, a or None, (e,) if e else ()) for g, t, u, d, a, e in rows],
                )
            return result
        finally:
            conn.close()


class Newstui:
    def __init__(self, work: Path, urls: list[str], source: Path) -> None:
        self.dir = work / "newstui"
        (self.dir / "home").mkdir(parents=True)
        self.source = source
        self.config = self.dir / "config.toml"
        lines = ["[general]", "fetch_full_articles = false", "timeout_seconds = 10", ""]
        for url in urls:
            lines += ["[[feeds]]", f'url = "{url}"', ""]
        self.config.write_text("\n".join(lines), encoding="utf-8")
        self.db = self.dir / "news.db"

    def run(self) -> tuple[int, float]:
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-m", "newstui", "--config", str(self.config), "--db", str(self.db), "refresh", "-v"],
            env=clean_env(self.dir / "home", {"PYTHONPATH": str(self.source)}),
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
        )
        return done.returncode, started

    def shown(self, urls: dict[str, str]) -> dict[str, Shown]:
        conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        try:
            aliases = dict(conn.execute("SELECT old_url, feed_id FROM feed_aliases").fetchall())
            ids = dict(conn.execute("SELECT url, id FROM feeds").fetchall())
            result: dict[str, Shown] = {}
            for name, url in urls.items():
                feed_id = ids.get(url, aliases.get(url))
                row = conn.execute(
                    "SELECT own_title, last_error, last_status, last_success, last_fetch FROM feeds WHERE id = ?",
                    (feed_id,),
                ).fetchone()
                title, error, status, success, fetched = row if row else (None, "not in the database", None, None, None)
                failed = None
                # Failed this run: no success ever, an HTTP error, or a success older than this
                # fetch (a feed that became a login page keeps its items from before).
                stale = success is not None and fetched is not None and success < fetched
                if error and (success is None or (status or 0) >= 400 or status is None or stale):
                    failed = error
                items = conn.execute(
                    "SELECT guid, title, link, published, author, enclosures FROM items WHERE feed_id = ?"
                    " ORDER BY published DESC, id DESC",
                    (feed_id,),
                ).fetchall()
                result[name] = Shown(
                    title=title,
                    failed=failed,
                    items=[
                        Row(
                            g,
                            t,
                            u,
                            None if d is None else d // 1_000_000,
                            a,
                            tuple(x[0] for x in json.loads(e or "[]")),
                        )
                        for g, t, u, d, a, e in items
                    ],
                )
            return result
        finally:
            conn.close()


# -- comparing ------------------------------------------------------------------------------------


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def match(left: list[Row], right: list[Row]) -> tuple[list[tuple[Row, Row]], list[Row], list[Row]]:
    """Pairs of (newsboat, newstui) rows that are the same story, and those of one side only.

    newsboat keys an item by guid, else link (plus date), else title; newstui by guid, else
    link, else text: the pairs are found by guid, then a guid matching a link, then link and
    title, then title alone.
    """
    rest = list(right)
    pairs: list[tuple[Row, Row]] = []
    alone: list[Row] = []
    tests: list[Callable[[Row, Row], bool]] = [
        lambda a, b: a.guid is not None and a.guid == b.guid,
        lambda a, b: a.guid is not None and b.guid is None and a.guid.startswith(b.link or "\0"),
        lambda a, b: a.link is not None and a.link == b.link and _words(a.title) == _words(b.title),
        lambda a, b: a.guid is not None and b.guid is not None and b.guid.startswith(a.guid),
        lambda a, b: a.link is not None and a.link == b.link,
        lambda a, b: _words(a.title) == _words(b.title),
        # What is left with the same link (or none) and the same date: one story titled differently.
        lambda a, b: a.link == b.link and a.date == b.date,
        lambda a, b: a.link == b.link,
    ]
    pending = list(left)
    for test in tests:
        still: list[Row] = []
        for a in pending:
            found = next((b for b in rest if test(a, b)), None)
            if found is None:
                still.append(a)
            else:
                rest.remove(found)
                pairs.append((a, found))
        pending = still
    alone.extend(pending)
    return pairs, alone, rest


def _as_text(title: str) -> str:
    """A title read as HTML, the way newstui reads RSS titles (a stray CDATA section is its
    text; a script is none)."""
    title = re.sub(r"<!\[CDATA\[(.*?)\]\]>", r"\1", title, flags=re.S)
    title = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", title, flags=re.S | re.I)
    return _words(html.unescape(re.sub(r"<[^<>]*>", "", title)))


# A terminal escape sequence (CSI: colours, cursor moves) and the characters no title may
# carry to a terminal: controls (Cc) and invisible or direction-changing ones (Cf).
_CSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def _without_controls(text: str) -> str:
    import unicodedata

    text = _CSI.sub("", text)
    return _words("".join(c for c in text if c in "\t\n" or unicodedata.category(c) not in ("Cc", "Cf")))


def _ascii_url(url: str) -> str:
    """An IRI as newsboat writes it: the host in punycode, the rest percent-encoded as UTF-8."""
    from urllib.parse import quote, urlsplit, urlunsplit

    parts = urlsplit(url)
    try:
        host = parts.netloc.encode("idna").decode("ascii")
    except UnicodeError:
        return url
    safe = "/%?&=:@;+,#~!$'()*"
    return urlunsplit((parts.scheme, host, quote(parts.path, safe=safe), quote(parts.query, safe=safe), parts.fragment))


def _relative_tail(url: str) -> str:
    """A relative URL as it ends once resolved: "../media/ep 6.mp3" → "/media/ep%206.mp3"."""
    from urllib.parse import quote

    return "/" + quote(re.sub(r"^(?:\.\.?/)+", "", url.strip()).lstrip("/"), safe="/%?&=:@")


_EMAIL_NAME = re.compile(r"\S+@\S+ \((?P<name>[^()]+)\)\Z|(?P<before>[^<>@]+?) <\S+@[^\s<>]+>\Z")
# Feeds whose re-keyed stories newstui keeps as one item (newsboat lists them again, unread).
REKEYED = ("rekey.rss", "undated-rekey.rss", "guid-churn.rss", "rekey-atom.atom")
# Feeds newsboat reads wrongly or not at all, newstui rightly (see docs/reliability.md).
UNREAD_BY_NEWSBOAT = {
    "feed11.json": "JSON Feed is read (newsboat does not read it)",
    "latin1-header.rss": "the HTTP charset is obeyed when the document names none",
    "html-entities.rss": "HTML entities in a not-well-formed feed are kept (newsboat's XML recovery drops them)",
    "malformed.rss": "a not-well-formed feed is read by a forgiving parser (newsboat's recovery loses text)",
    "empty-200": "an empty answer is an error, not an empty feed",
    "bom-latin1-prolog.rss": "a UTF-8 byte-order mark outranks a prolog naming Latin-1 (XML 1.0, appendix F)",
    "latin1-says-utf8.rss": "bytes that are not UTF-8 in a UTF-8 feed are read as windows-1252 (newsboat shows �)",
    "latin1-says-utf8.atom": "bytes that are not UTF-8 in a UTF-8 feed are read as windows-1252 (newsboat shows �)",
    "feed10.json": "JSON Feed 1.0 is read, whatever its Content-Type (newsboat does not read JSON Feed)",
    "moved-to-json": "a feed that moved to a JSON Feed is read there (newsboat does not read JSON Feed)",
}
# Feeds whose text newsboat decodes wrongly (only their titles and authors differ).
MISREAD_TEXT = {
    "latin1-is-1252.rss": "ISO-8859-1 is read as windows-1252, as browsers do (newsboat shows C1 controls for ‘’“”…)",
    "win1252-undeclared.rss": "bytes that are not UTF-8 in a feed naming no encoding are read as windows-1252"
    " (newsboat shows �)",
    "octet-gzip.rss": "bytes that are not UTF-8 in a feed naming no encoding are read as windows-1252"
    " (newsboat shows �)",
    "quoted-charset.rss": "a quoted charset in the Content-Type is obeyed (RFC 9110; newsboat shows �)",
}
# Feeds with xml:base: relative to the document's URL, on an entry, or on one link.
XML_BASE = (
    "atom-edge.atom",
    "atom-base.atom",
    "atom-base-relative.atom",
    "atom-base-nested.atom",
    "atom-enclosure-base.atom",
)
# A guid (or Atom id) repeated in one document: what newstui keeps of the copies (only
# those items; the rest of such a feed is compared as any other).
REPEATED_GUID = (
    "a guid repeated in one document keeps the copy dated latest (published, then updated), else the first,"
    " whole (newsboat: first title, last date)"
)
_GUID_ELEMENTS = re.compile(rb"<(guid|id)\b[^>]*>(.*?)</\1\s*>", re.DOTALL)
# Feeds with items that have no title, link or guid: only text (newsboat drops some of them).
TEXT_ONLY_ITEMS = ("missing-fields.rss",)
# Feeds with items that are only an attachment: no title, link, guid or text.
ATTACHMENT_ONLY_ITEMS = ("sparse-items.rss",)
# Feeds carrying a guid another feed of the corpus carries too (a planet, a mirror).
SHARED_GUIDS = ("shared-guid-a.rss", "shared-guid-b.rss")
_FRACTION_ZONE = "the zone after fractional seconds counts (newsboat drops it)"
_ISO_VARIANT = "an RFC 3339 variant newsboat misreads (offset without colon, lower-case t and z, space for T)"
_NO_SECONDS_ZONE = "the zone of a time without seconds counts (newsboat drops it)"
_GMT_OFFSET = "an offset after GMT or UTC counts ('GMT+2' is two hours ahead; newsboat drops it)"
_ISO_BASIC = "an ISO 8601 date newsboat reads as 1 January is read whole (basic format, year/month/day)"


# Single cases checked by hand: (feed, field, the item's title as newsboat shows it) → why newstui is right.
KNOWN = {
    ("atom-edge.atom", "date", "Lamp & lens cleaned"): "the zone after fractional seconds counts (newsboat drops it)",
    ("dates2.rss", "date", "Fractional seconds"): "the zone after fractional seconds counts (newsboat drops it)",
    ("dates2.rss", "date", "Military zone"): "a military zone letter is read as UTC, as RFC 2822 advises",
    ("dates2.rss", "date", "Epoch zero"): "a date before 2 January 1970 is a placeholder: first-seen",
    ("blogger.atom", "date", "The viaduct at Holm & what's left of it"): _FRACTION_ZONE,
    ("blogger.atom", "date", "Blog post"): _FRACTION_ZONE,
    ("dates-atom.atom", "date", "Nanoseconds and offset"): _FRACTION_ZONE,
    ("dates-atom.atom", "date", "Offset without colon"): _ISO_VARIANT,
    ("dates-atom.atom", "date", "Lower-case t and z"): _ISO_VARIANT,
    ("dates-atom.atom", "date", "Space instead of T"): _ISO_VARIANT,
    (
        "dates-atom.atom",
        "date",
        "Leap second",
    ): "second 60 is no date, as every impossible time (newsboat: the next minute)",
    ("dates-zones.rss", "date", "Day 31 of November"): "31 November is no date (newsboat rolls it over to 1 December)",
    ("dates-zones.rss", "date", "Day/month/year"): "'21/11/2026' is no date newstui guesses (newsboat: 1 January 2021)",
    ("enclosures-odd.rss", "enclosure", "Enclosure without type"): "an attachment without a type is kept",
    ("xhtml-content.atom", "link", "Ligatures: fi, fl & friends"): "the first alternate link (newsboat takes the last)",
    ("podcast-itunes.rss", "title", "ns-bonus-07"): "an episode titled only by itunes:title takes it",
    ("undeclared-prefix.rss", "author", "First post"): "dc:creator is read though its prefix is undeclared",
    ("dates-odd.rss", "date", "GMT plus two"): _GMT_OFFSET,
    ("dates-odd.rss", "date", "GMT plus four digits"): _GMT_OFFSET,
    ("dates-odd.rss", "date", "UTC minus colon"): _GMT_OFFSET,
    ("dates-odd.rss", "date", "ISO no seconds"): _NO_SECONDS_ZONE,
    ("rdf-dcdate.rdf", "date", "Leeks lifted before the frost"): _NO_SECONDS_ZONE,
    ("dates-odd.rss", "date", "ISO space and offset"): _ISO_VARIANT,
    ("rdf-dcdate.rdf", "date", "Rhubarb crowns & how to split them"): _ISO_VARIANT,
    ("dates-odd.rss", "date", "ISO compact"): _ISO_BASIC,
    ("dates-odd.rss", "date", "Slashes ISO order"): _ISO_BASIC,
    ("date-edit.rss", "date", "Meteor shower peak"): "a date the feed corrects is taken (newsboat keeps the first)",
    ("date-edit.rss", "date", "Open night planned"): "a date the feed adds later is taken (newsboat keeps first-seen)",
    ("guid-permalink.rss", "link", "Link is not http"): "a link that is not http(s) (mailto:) is none: no page to open",
    (
        "guid-permalink.rss",
        "link",
        "Permalink guid that is no URL",
    ): "a permalink guid with no '/' is a name, not an address (newsboat keeps it as a link no browser can open)",
    ("atom-links.atom", "link", "Alternate in upper case"): "a relation name is case-insensitive (RFC 8288)",
    (
        "atom-links.atom",
        "link",
        "Alternate by full IANA URI",
    ): "the IANA URI of 'alternate' is 'alternate' (RFC 4287 4.2.7.2)",
    ("untitled.rss", "title", "108"): "an item with neither title nor text is '(untitled)', not its link's number",
    ("authors-v25.rss", "author", "itunes author"): "an item's itunes:author names it (newsboat shows the feed's)",
    ("rss-extras.rss", "link", "Two links"): "an RSS item's first <link> (newsboat takes the last)",
    (
        "links-odd.rss",
        "title",
        "Escape [31mred",
    ): "a terminal escape sequence is removed whole (newsboat drops the illegal ESC and shows '[31m')",
    (
        "atom-base-nested.atom",
        "author",
        "Bees clustering early",
    ): "an Atom author with only an email is named by it (newsboat shows none)",
    ("dates-v25.rss", "date", "ISO space no zone minutes"): _ISO_VARIANT,
    ("dates-v25.rss", "date", "Full month RFC order"): "a whole month name is read (newsboat: 1 January 2001)",
    ("dates-v25.rss", "date", "German numeric"): "the dotted day-first '01.12.2026' is read (newsboat: 1 January 2001)",
}


# newsboat reads the RFC 822 years 0000 and 0001 as 2000 and 2001 (two-digit years).
_YEARS_2000_2001 = (946_684_800, 1_009_843_200)  # 2000-01-01 and 2002-01-01, UTC


def deliberate(
    field_name: str, nb: object, nt: object, feed: str, windows: list[tuple[float, float]], where: str = ""
) -> str | None:
    """Why newstui differs from newsboat on purpose here, or None (see docs/reliability.md)."""
    if feed in UNREAD_BY_NEWSBOAT:
        return UNREAD_BY_NEWSBOAT[feed]
    if feed in MISREAD_TEXT and field_name in ("title", "feed title", "author"):
        return MISREAD_TEXT[feed]
    known = KNOWN.get((feed, field_name, where.strip(" []")))
    if known is not None:
        return known
    if field_name == "link" and feed in XML_BASE:
        return "xml:base is obeyed, relative or on an entry or link (newsboat drops it or the outer one)"
    relative = isinstance(nb, str) and "://" not in nb
    if field_name == "link" and relative and isinstance(nt, str) and nt.endswith("/" + str(nb).lstrip("/")):
        return "a relative link is resolved (newsboat keeps it relative: no browser can open it)"
    if field_name == "count" and feed in REKEYED:
        return "a story the feed re-keyed stays one item"
    if field_name == "count" and feed in TEXT_ONLY_ITEMS:
        return "an item with text but no title, link or guid is kept (newsboat drops it)"
    if field_name in ("count", "enclosure") and feed in ATTACHMENT_ONLY_ITEMS:
        return "each item that is only an attachment is kept, titled by its file (newsboat keeps one of them)"
    if field_name == "count" and feed in SHARED_GUIDS:
        return "a guid another feed carries too stays in both feeds (newsboat keys items by guid across feeds)"
    if field_name == "feed title" and isinstance(nb, str) and isinstance(nt, str) and _as_text(nb) == _words(nt):
        return "titles read as HTML (entities decoded, tags dropped)"
    dropped_amp = isinstance(nb, str) and isinstance(nt, str) and _words(nt.replace("&", " ")) == _words(nb)
    if field_name == "title" and dropped_amp and "&" in str(nt):
        return "an '&' newsboat drops from a title is kept"
    cut = isinstance(nb, str) and isinstance(nt, str) and len(nb) > 1000 >= len(nt) and nt.endswith("…")
    if field_name == "title" and cut and _words(str(nb)).startswith(str(nt)[:-1]):
        return "a title over 1,000 characters is cut at a word, with '…'"
    if field_name == "title" and isinstance(nb, str) and isinstance(nt, str):
        if _as_text(nb) == _words(nt) or _as_text(_as_text(nb)) == _words(nt):
            return "titles read as HTML (entities decoded, tags dropped)"
        if _without_controls(nb) == _words(nt):
            return "terminal controls, escape sequences and bidi overrides are removed (newsboat keeps them)"
        if not nb:
            return "an untitled item gets a title (first line of its text)"
        if nb.isalnum() and nt != "(untitled)":
            return "the link's last word is no title (newstui takes media:title, a slug of words, the first line)"
    if field_name == "date" and isinstance(nb, int) and isinstance(nt, int):
        if nb > time.time() + 86400 >= nt:
            return "a date over a day ahead counts as first-seen"
        if _in_one_run((nb,), windows):
            return "a date newsboat cannot read is read"
        if _in_one_run((nt,), windows) and _YEARS_2000_2001[0] <= nb < _YEARS_2000_2001[1]:
            return "a year written 0000-0999 (.NET's empty date 0001) is no date: first-seen (newsboat reads 2000/2001)"
    if field_name == "author" and isinstance(nb, str) and isinstance(nt, str):
        found = _EMAIL_NAME.match(nb)
        if found and (found.group("name") or found.group("before")) == nt:
            return "'email (Name)' and 'Name <email>' show the name"
    if field_name == "author" and isinstance(nb, str) and isinstance(nt, str):
        unescaped = _words(html.unescape(nb))
        if unescaped == _words(nt) and unescaped != _words(nb):
            return "an author's name escaped once too often is decoded ('Ana &amp; Luis' is 'Ana & Luis')"
        byline = re.sub(r"\s*\|\s*[^\s@|]+@[^\s@|]+\Z", "", re.sub(r"\A(?i:by)\s*:?\s+", "", unescaped))
        if byline == _words(nt):
            return "a byline shows the name ('By Kim Ortega | kim@example.org' is Kim Ortega)"
    if field_name == "author" and isinstance(nb, str) and isinstance(nt, str) and nb in nt.split(", "):
        return "every dc:creator is named (newsboat shows the last)"
    if field_name == "author" and nb is None and nt is not None:
        return "an item without an author takes the feed's"
    if field_name == "enclosure" and isinstance(nt, str):
        if isinstance(nb, str) and "://" not in nb and nt.endswith(_relative_tail(nb)):
            return "a relative attachment URL is resolved (newsboat keeps it relative: no player can fetch it)"
        if isinstance(nb, str) and nb != nb.strip() and nb.strip() == nt:
            return "spaces around an attachment URL are trimmed"
        if nb is None and nt.lower().endswith((".jpg", ".jpeg", ".png", ".gif", ".webp")):
            return "an image in media:content is an attachment (newsboat keeps none)"
    iri = isinstance(nb, str) and isinstance(nt, str) and not nt.isascii() and _ascii_url(nt) == nb
    if field_name == "link" and iri:
        return "a link with a non-ASCII host or path is kept as written (newsboat encodes it; a browser opens either)"
    if field_name == "link" and nt is None and isinstance(nb, str) and not nb.lower().startswith(("http:", "https:")):
        return "a link that is not http(s) (javascript:, feed:) is none: nothing a browser should open"
    if field_name == "link" and isinstance(nt, str) and nb is None:
        return "a link newsboat does not read (permalink guid, FeedBurner origLink, atom:link in RSS)"
    return None


@dataclass
class Tally:
    agree: Counter[str] = field(default_factory=Counter)
    deliberate: Counter[str] = field(default_factory=Counter)
    differ: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)

    windows: list[tuple[float, float]] = field(default_factory=list)
    """The runs so far, (start, end) each: a first-seen date falls in one of them."""

    def note(
        self, feed: str, field_name: str, nb: object, nt: object, same: bool, where: str = "", reason: str | None = None
    ) -> None:
        if same:
            self.agree[field_name] += 1
            return
        reason = reason or deliberate(field_name, nb, nt, feed, self.windows, where)
        if reason is not None:
            self.deliberate[field_name] += 1
            self.lines.append(f"  = {feed} {field_name}{where}: newsboat {nb!r} | newstui {nt!r}  [{reason}]")
        else:
            self.differ[field_name] += 1
            self.lines.append(f"  ≠ {feed} {field_name}{where}: newsboat {nb!r} | newstui {nt!r}")


def _in_one_run(dates: tuple[int | None, ...], windows: list[tuple[float, float]]) -> bool:
    """Are all `dates` first-seen times of the same run (the readers fetch seconds apart)?"""
    return any(all(d is not None and start - 5 <= d <= end + 5 for d in dates) for start, end in windows)


def compare(
    nb: dict[str, Shown],
    nt: dict[str, Shown],
    windows: list[tuple[float, float]],
    tally: Tally,
    repeated: dict[str, set[str]] | None = None,
) -> None:
    """Count, for every feed, where the two readers agree and where they differ; `windows`:
    (start, end) of each run so far (an item first seen in run 1 keeps that date in run 2);
    `repeated`: per feed, the guids its document repeats (`Corpus.repeated_guids`)."""
    tally.windows = windows
    for feed in sorted(nb):
        a, b = nb[feed], nt[feed]
        tally.note(feed, "failed", a.failed is not None, b.failed is not None, (a.failed is None) == (b.failed is None))
        if a.failed is not None or b.failed is not None:
            tally.lines.append(f"  · {feed}: newsboat says {a.failed!r}; newstui says {b.failed!r}")
        tally.note(feed, "count", len(a.items), len(b.items), len(a.items) == len(b.items))
        if a.title is not None or b.title is not None:
            tally.note(feed, "feed title", a.title, b.title, _words(a.title) == _words(b.title))
        pairs, only_nb, only_nt = match(a.items, b.items)
        for row in only_nb:
            tally.lines.append(f"  < {feed}: only newsboat lists {row.title!r} (guid {row.guid!r})")
        for row in only_nt:
            tally.lines.append(f"  > {feed}: only newstui lists {row.title!r} (guid {row.guid!r})")
        twice = (repeated or {}).get(feed, set())
        for x, y in pairs:
            where = f" [{_words(x.title)[:40] or x.guid}]"
            copies = REPEATED_GUID if x.guid in twice or y.guid in twice else None
            tally.note(feed, "title", x.title, y.title, _words(x.title) == _words(y.title), where, copies)
            tally.note(feed, "link", x.link, y.link, x.link == y.link, where, copies)
            first_seen = _in_one_run((x.date, y.date), windows)
            tally.note(feed, "date", x.date, y.date, x.date == y.date or first_seen, where, copies)
            tally.note(feed, "author", x.author, y.author, _words(x.author) == _words(y.author), where)
            first = (x.enclosures or (None,))[0], (y.enclosures or (None,))[0]
            several = first[0] is not None and first[0] in y.enclosures
            reason = "every enclosure is kept (newsboat keeps the last)" if several else None
            tally.note(feed, "enclosure", first[0], first[1], first[0] == first[1], where, reason)


def summary_line(name: str, tally: Tally) -> str:
    cells = [
        f"{f}: {tally.agree[f]}/{tally.deliberate[f]}/{tally.differ[f]}"
        for f in FIELDS
        if tally.agree[f] + tally.deliberate[f] + tally.differ[f]
    ]
    total = (sum(tally.agree.values()), sum(tally.deliberate.values()), sum(tally.differ.values()))
    return f"{name}: agree/deliberate/differ  " + "; ".join(cells) + f"  (all {total[0]}/{total[1]}/{total[2]})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every difference")
    parser.add_argument("--feeds", type=Path, default=DEFAULT_CORPUS, help="the corpus directory to serve")
    parser.add_argument("--newstui-src", type=Path, default=ROOT / "src", help="the newstui tree to run")
    parser.add_argument("--keep", type=Path, help="work in this directory and keep it")
    args = parser.parse_args()
    if NEWSBOAT is None:
        print("newsboat is not installed: nothing to compare (this is a development script).")
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsboat-side-"))
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
    try:
        with TestServer() as server:
            corpus = Corpus(server, args.feeds.resolve())
            urls = corpus.urls
            newsboat = Newsboat(work, list(urls.values()))
            newstui = Newstui(work, list(urls.values()), args.newstui_src.resolve())
            windows: list[tuple[float, float]] = []
            for phase in (0, 1):
                corpus.phase = phase
                code_nb, start = newsboat.run()
                code_nt, nt_start = newstui.run()
                windows.append((start, time.time()))
                seconds = (nt_start - start, windows[-1][1] - nt_start)
                tally = Tally()
                compare(newsboat.shown(urls), newstui.shown(urls), windows, tally, corpus.repeated_guids())
                label = "run 1" if phase == 0 else "run 2 (changed files; the rest unchanged)"
                print(f"== {label}: newsboat exit {code_nb}, newstui exit {code_nt}")
                print(f"  refresh took: newsboat {seconds[0]:.2f} s, newstui {seconds[1]:.2f} s")
                if args.verbose:
                    print("\n".join(tally.lines))
                if phase == 1:
                    print(conditional_requests(corpus))
                print(summary_line(label, tally))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def conditional_requests(corpus: Corpus) -> str:
    """How each client's second requests were answered (304 = it sent working validators)."""
    lines = ["  second-run answers (feed: newsboat | newstui):"]
    for name in sorted(corpus.urls):
        nb = corpus.answers.get((name, "newsboat", 1), [])
        nt = corpus.answers.get((name, "newstui", 1), [])
        if nb != nt:
            lines.append(f"    {name}: {nb} | {nt}")
    counts = {
        client: sum(1 for (n, c, p), s in corpus.answers.items() if c == client and p == 1 and 304 in s)
        for client in ("newsboat", "newstui")
    }
    lines.append(f"  304s on the second run: newsboat {counts['newsboat']}, newstui {counts['newstui']}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
