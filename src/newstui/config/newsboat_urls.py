"""Newsboat's `urls` file: its feeds (with tags and titles) and its query feeds.

The format, as newsboat reads it (`src/fileurlreader.cpp`, `utils::tokenize_quoted`):
one feed per line, `URL tag "tag with spaces" ...`; tokens are separated by spaces
or tabs; a token in double quotes may hold spaces and the escapes `\\"`, `\\\\`, `\\n`,
`\\t`, `\\r`; a `#` at the start of a token ends the line (comments); blank lines are
skipped. A tag `~Title` names the feed (the first one counts), a tag starting with `!`
hides it from newsboat's feed list. The URL may be special: `query:Name:expression`
(a saved search), `exec:command` and `filter:command:url` (run a program; newstui
never does). A URL given twice keeps its first line and gains the other's tags.

Reading never fails for one bad line: each line is taken or skipped with its reason,
and only a file that cannot be read at all raises.

Core module: imports neither textual nor rich.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final

from newstui.config.urls import url_problem
from newstui.errors import FileError
from newstui.text import one_line

MAX_LINE: Final = 65_536
"""Longest line read, in characters; a longer one is skipped (no feed URL is that long)."""
MAX_FILE_BYTES: Final = 16 * 1024 * 1024
"""Largest urls file read: a real one of 10,000 feeds is under 1 MiB."""
_DELIMITERS: Final = " \t\r\n"
_ESCAPES: Final = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "`": "\\`"}
_SHOWN: Final = 100
"""Characters of a skipped line's URL quoted in its message."""


class UrlsFileError(FileError):
    """The urls file as a whole cannot be read (missing, a directory, too large)."""


@dataclass(frozen=True, slots=True)
class UrlsFeed:
    """One feed line."""

    line: int
    url: str
    title: str | None = None
    """From the first `~Title` tag."""
    tags: tuple[str, ...] = ()
    """The plain tags (not `~title`, not `!hidden`), in the order written."""
    hidden: bool = False
    """A `!` tag hid it from newsboat's feed list."""


@dataclass(frozen=True, slots=True)
class UrlsQuery:
    """One `query:Name:expression` line (a newsboat query feed)."""

    line: int
    name: str
    expression: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class UrlsNote:
    """A line skipped (or noted) and why; `text` is what the line names, shortened."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class UrlsFile:
    """What a urls file holds, line by line."""

    path: Path
    feeds: tuple[UrlsFeed, ...] = ()
    queries: tuple[UrlsQuery, ...] = ()
    skipped: tuple[UrlsNote, ...] = ()
    """Lines not imported, each with its reason."""
    notes: tuple[UrlsNote, ...] = ()
    """Lines imported with a remark (a duplicate merged into an earlier line)."""
    lines: int = 0


def tokenize(line: str) -> list[str]:
    """Split a urls line into tokens as newsboat's `tokenize_quoted` does.

    Runs of spaces, tabs, CR and LF separate tokens; a token opening with `"` runs to
    the next unescaped `"` (or the end of the line) and may hold delimiters; a token
    opening with `#` ends the line. Linear in the line's length.
    """
    tokens: list[str] = []
    pos, end = 0, len(line)
    while pos < end:
        while pos < end and line[pos] in _DELIMITERS:
            pos += 1
        if pos >= end or line[pos] == "#":
            break
        if line[pos] == '"':
            pos += 1
            parts: list[str] = []
            while pos < end and line[pos] != '"':
                char = line[pos]
                if char == "\\" and pos + 1 < end:
                    escaped = line[pos + 1]
                    parts.append(_ESCAPES.get(escaped, escaped))
                    pos += 2
                    continue
                if char != "\\":
                    parts.append(char)
                pos += 1
            tokens.append("".join(parts))
            pos += 1  # the closing quote, if any
        else:
            start = pos
            while pos < end and line[pos] not in _DELIMITERS:
                pos += 1
            tokens.append(line[start:pos])
    return tokens


def parse_urls(data: bytes, path: Path) -> UrlsFile:
    """Read a urls file's bytes: every line becomes a feed, a query, a skip or nothing."""
    feeds: list[UrlsFeed] = []
    queries: list[UrlsQuery] = []
    skipped: list[UrlsNote] = []
    notes: list[UrlsNote] = []
    first_line: dict[str, int] = {}  # URL -> index in feeds, for duplicates
    raw_lines = data.split(b"\n")
    if raw_lines and raw_lines[-1] == b"":
        raw_lines.pop()
    for number, raw in enumerate(raw_lines, start=1):
        if len(raw) > MAX_LINE * 4 or (len(raw) > MAX_LINE and len(raw.decode("utf-8", "replace")) > MAX_LINE):
            skipped.append(UrlsNote(number, _shown(raw[:_SHOWN].decode("utf-8", "replace")), _too_long(raw)))
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            skipped.append(
                UrlsNote(
                    number,
                    _shown(raw[:_SHOWN].decode("utf-8", "replace")),
                    f"not UTF-8 text (byte {raw[error.start]:#04x} at column {error.start + 1})",
                )
            )
            continue
        if line.startswith("\ufeff") and number == 1:
            line = line[1:]  # a byte-order mark some editors write
        tokens = tokenize(line)
        if not tokens:
            continue
        url, tags = tokens[0], tokens[1:]
        kind = _special(url)
        if kind == "query":
            query = _query(number, url, tags)
            if isinstance(query, UrlsNote):
                skipped.append(query)
            else:
                queries.append(query)
            continue
        if kind == "exec":
            skipped.append(
                UrlsNote(
                    number,
                    _shown(url),
                    "an exec: feed runs a command to make the feed; newstui never runs commands from the urls file "
                    "(if the feed has a web address, add it with `newstui add URL`)",
                )
            )
            continue
        if kind == "filter":
            target = url[len("filter:") :].partition(":")[2]
            hint = (
                f" (the unfiltered feed is {_shown(target)}: add it with `newstui add` if you want it)"
                if (target and url_problem(target) is None)
                else ""
            )
            skipped.append(
                UrlsNote(
                    number,
                    _shown(url),
                    "a filter: feed pipes the feed through a command; newstui never runs commands from the urls file"
                    + hint,
                )
            )
            continue
        problem = url_problem(url)
        if problem:
            skipped.append(UrlsNote(number, _shown(url), problem))
            continue
        feed = _feed(number, url, tags)
        if url in first_line:
            index = first_line[url]
            earlier = feeds[index]
            merged = earlier.tags + tuple(tag for tag in feed.tags if tag not in earlier.tags)
            feeds[index] = replace(
                earlier, tags=merged, title=earlier.title or feed.title, hidden=earlier.hidden or feed.hidden
            )
            notes.append(UrlsNote(number, _shown(url), f"listed again (first on line {earlier.line}); tags merged"))
            continue
        first_line[url] = len(feeds)
        feeds.append(feed)
    return UrlsFile(path, tuple(feeds), tuple(queries), tuple(skipped), tuple(notes), len(raw_lines))


def read_urls(path: Path) -> UrlsFile:
    """Read the urls file at `path`.

    Raises:
        UrlsFileError: it is missing, not a file, unreadable, or over MAX_FILE_BYTES.
    """
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UrlsFileError(path, "not a file (give the path of newsboat's urls file)")
        if size > MAX_FILE_BYTES:
            raise UrlsFileError(path, f"too large for a urls file ({size:,} bytes; at most {MAX_FILE_BYTES:,})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise UrlsFileError(path, "no such file (give the path of newsboat's urls file)") from None
    except OSError as error:
        raise UrlsFileError(path, f"cannot read: {error.strerror or error}") from None
    _refuse_binary(data, path)
    return parse_urls(data, path)


def _refuse_binary(data: bytes, path: Path) -> None:
    """Refuse a file that is no text at all, before any of its "lines" is read.

    The general pattern: a file given in the wrong place (newsboat's cache.db where its urls
    file goes, a download, an archive) read as lines is hundreds of "skipped" lines quoting
    binary garbage, and an import of 0 feeds. A NUL byte is in no UTF-8 text a user edits: a
    file most of whose lines hold one is no urls file (a stray line of NULs in a urls file
    stays that line's problem only, as every hostile line).
    """
    if b"\0" not in data:
        return
    lines = [line for line in data.split(b"\n") if line]
    binary = data.startswith(b"SQLite format 3\0") or 2 * sum(b"\0" in line for line in lines) >= len(lines)
    if not binary:
        return
    if data.startswith(b"SQLite format 3\0"):
        raise UrlsFileError(
            path,
            "an SQLite database, not newsboat's urls file (newsboat's cache.db goes with --cache; "
            "the urls file is the text file beside it)",
        )
    raise UrlsFileError(
        path,
        "not a text file newstui reads (it holds NUL bytes: a binary file, or text saved as UTF-16): "
        "give the path of newsboat's urls file, in UTF-8",
    )


@dataclass(frozen=True, slots=True)
class NewsboatPaths:
    """Where newsboat keeps its files on this system."""

    urls: Path
    cache: Path
    how: str = field(default="", compare=False)
    """Why these: "XDG" or "dotdir", for messages."""


def newsboat_paths(environ: Mapping[str, str] | None = None) -> NewsboatPaths:
    """Newsboat's own choice (rust/libnewsboat/src/configpaths.rs): the XDG directories
    when `$XDG_CONFIG_HOME/newsboat` (default `~/.config/newsboat`) is a directory, else
    `~/.newsboat` for both files."""
    env = os.environ if environ is None else environ
    home = Path(env.get("HOME") or Path.home())
    config_home = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else home / ".config"
    data_home = Path(env["XDG_DATA_HOME"]) if env.get("XDG_DATA_HOME") else home / ".local" / "share"
    xdg_config = config_home / "newsboat"
    if xdg_config.is_dir():
        return NewsboatPaths(xdg_config / "urls", data_home / "newsboat" / "cache.db", "XDG")
    dotdir = home / ".newsboat"
    return NewsboatPaths(dotdir / "urls", dotdir / "cache.db", "dotdir")


# --------------------------------------------------------------------------- lines


def _special(url: str) -> str | None:
    for prefix in ("query", "exec", "filter"):
        if url.startswith(prefix + ":"):
            return prefix
    return None


def _feed(number: int, url: str, tokens: list[str]) -> UrlsFeed:
    title: str | None = None
    tags: list[str] = []
    hidden = False
    for token in tokens:
        if token.startswith("~"):
            if title is None:  # newsboat takes the first
                title = one_line(token[1:]) or None
        elif token.startswith("!"):
            hidden = True  # a hiding mark, not a tag newsboat shows or matches
        else:
            tag = one_line(token)
            if tag and tag not in tags:
                tags.append(tag)
    return UrlsFeed(number, url.strip(), title, tuple(tags), hidden)


def _query(number: int, url: str, tokens: list[str]) -> UrlsQuery | UrlsNote:
    # query:Name:expression; the expression may hold colons (between 0:7).
    name, colon, expression = url[len("query:") :].partition(":")
    if not colon or not name.strip() or not expression.strip():
        return UrlsNote(number, _shown(url), "a query feed needs a name and an expression: query:Name:expression")
    tags = tuple(tag for token in tokens if (tag := one_line(token)) and not token.startswith(("~", "!")))
    return UrlsQuery(number, one_line(name), expression, tags)


def _shown(text: str) -> str:
    """A line's text as a message may quote it: one clean line, cut to _SHOWN characters."""
    clean = one_line(text)
    return clean if len(clean) <= _SHOWN else clean[: _SHOWN - 1] + "…"


def _too_long(raw: bytes) -> str:
    return f"line too long ({len(raw):,} bytes; at most {MAX_LINE:,} characters)"
