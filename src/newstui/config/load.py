"""The TOML config file: read, validate, and turn into frozen dataclasses.

Every problem becomes a `ConfigError` that names the file, the line (tomllib gives
it for syntax errors; for the rest we find the key's line with a small scan of the
source, `locate_keys`), the key (`feeds[2].url`) and what is wrong.

Core module: imports neither textual nor rich.
"""

from __future__ import annotations

import difflib
import math
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit, urlunsplit

from newstui.errors import ConfigError
from newstui.filters import (
    ACTIONS,
    Action,
    Expr,
    ExpressionError,
    FilterRule,
    SavedQuery,
    fts_problem,
    parse_expression,
)
from newstui.model import FeedAuth, FeedConfig
from newstui.text import clean_url, one_line

# A path into the TOML document: table names, keys, and 0-based array indices.
KeyPath = tuple["str | int", ...]


@dataclass(frozen=True, slots=True)
class GeneralConfig:
    """The `[general]` table. Every key is optional; these are the defaults."""

    refresh_minutes: int = 30
    """Minutes between automatic refreshes in the app; 0 = refresh only on demand."""
    fetch_full_articles: bool = True
    """After a refresh, fetch and extract the web page of each new item in the background."""
    theme: str = "newstui-dark"
    """Name of the theme: a newstui theme, a Textual built-in theme, or a user theme."""
    mark_read_on_open: bool = True
    """Opening an item marks it read."""
    max_connections: int = 50
    """Most HTTP requests in flight at once, over all hosts."""
    per_host_connections: int = 6
    """Most HTTP requests in flight at once to any one host."""
    timeout_seconds: float = 20.0
    """Longest wait for one request (connect, each read, and the whole response)."""
    max_response_mb: int = 10
    """A response bigger than this (in MiB, after decompression) is cut off and fails."""
    article_concurrency: int = 4
    """Most article pages fetched and extracted at once in the background."""
    max_items: int = 0
    """Keep at most this many items per feed (0 = no limit); bookmarked and unread items are kept."""
    keep_days: int = 0
    """Keep items at most this many days after their date (0 = for ever)."""
    delete_unread: bool = False
    """Retention (`max_items`, `keep_days`) may delete unread items too."""
    feed_order: str = "config"
    """How feeds are listed: "config" (the file's order) or "title" (alphabetical)."""
    proxy: str = ""
    """"" = the environment's HTTP(S)_PROXY / NO_PROXY; "none" = never a proxy; else the proxy URL."""
    notify_command: tuple[str, ...] = ()
    """Run after a refresh that brought new items: an argument list (%n = count, %t = titles)."""
    # The reader app's own settings (ui/screens/main.py).
    sort: str = "date"
    """The item list's order at start: "date", "title", "feed" or "unread" (unread first)."""
    browser: tuple[str, ...] | None = None
    """The command that opens links, as a list; "%u" is the URL. None: the system's browser."""
    pipe_command: tuple[str, ...] | None = None
    """The command the article's Markdown is piped to (its stdin), e.g. ("less",). None: ("less",)."""
    save_dir: str | None = None
    """Where saved articles go; None: the user's download folder (home when there is none)."""
    player: tuple[str, ...] = ()
    """Command (program and arguments) that plays an enclosure; `%u` is its URL. Empty: the browser."""
    download_dir: str = ""
    """Where enclosures are downloaded; empty: the user's Downloads folder."""
    max_download_mb: int = 500
    """An enclosure download bigger than this (in MiB) is stopped and removed."""

    @property
    def max_response_bytes(self) -> int:
        return self.max_response_mb * 1024 * 1024

    @property
    def download_path(self) -> Path:
        """download_dir with `~` expanded, else platformdirs' downloads folder."""
        if self.download_dir:
            return Path(self.download_dir).expanduser()
        import platformdirs

        return Path(platformdirs.user_downloads_dir())


@dataclass(frozen=True, slots=True)
class Config:
    """A loaded, validated config file."""

    path: Path
    """The file this was read from (it may not exist: then everything is default)."""
    general: GeneralConfig = field(default_factory=GeneralConfig)
    feeds: tuple[FeedConfig, ...] = ()
    keys: dict[str, str] = field(default_factory=dict)
    """`[keys]`: binding id -> comma-separated keys, e.g. {"items.next-unread": "n,ctrl+n"}."""
    speaker_aliases: dict[str, str] = field(default_factory=dict)
    """`[speakers]`: written name -> canonical name, e.g. {"Joe Biden": "Joseph R. Biden"}."""
    filters: tuple[FilterRule, ...] = ()
    """`[[filters]]`: kill rules, in file order."""
    queries: tuple[SavedQuery, ...] = ()
    """`[[queries]]`: saved searches, in file order."""

    _by_url: dict[str, FeedConfig] = field(init=False, repr=False, compare=False)

    # -- per-feed settings: the feed's own value, else [general]'s ---------------------

    def refresh_minutes_for(self, feed: FeedConfig) -> int:
        """Minutes between refreshes of `feed` (0 = only on demand)."""
        return self.general.refresh_minutes if feed.refresh_minutes is None else feed.refresh_minutes

    def retention_for(self, feed: FeedConfig) -> tuple[int, int, bool]:
        """(max_items, keep_days, delete_unread) of `feed`; 0 means no limit."""
        general = self.general
        return (
            general.max_items if feed.max_items is None else feed.max_items,
            general.keep_days if feed.keep_days is None else feed.keep_days,
            general.delete_unread if feed.delete_unread is None else feed.delete_unread,
        )

    def wants_articles(self, url: str) -> bool:
        """Whether the pages of `url`'s new items are fetched after a refresh."""
        feed = self.feed(url)
        if feed is None or feed.fetch_full_articles is None:
            return self.general.fetch_full_articles
        return feed.fetch_full_articles

    def feeds_due(self, last_fetch: Mapping[str, datetime | None], now: datetime) -> list[FeedConfig]:
        """The feeds whose refresh is due at `now`, in config order.

        Args:
            last_fetch: when each feed was last fetched (tried, whether it worked or
                not), by URL: `Store.last_fetches()`. A feed missing or None there
                was never fetched and is due.
            now: an aware datetime.

        A feed with `refresh_minutes = 0` (its own or [general]'s) is never due: it
        is refreshed only on demand.
        """
        return [feed for feed in self.feeds if (when := self._due_at(feed, last_fetch)) is not None and when <= now]

    def next_due(self, last_fetch: Mapping[str, datetime | None]) -> datetime | None:
        """When the next feed falls due (may be in the past), or None when none ever is.

        A UI can sleep until then and refresh `feeds_due(...)`.
        """
        times = [when for feed in self.feeds if (when := self._due_at(feed, last_fetch)) is not None]
        return min(times, default=None)

    def _due_at(self, feed: FeedConfig, last_fetch: Mapping[str, datetime | None]) -> datetime | None:
        minutes = self.refresh_minutes_for(feed)
        if minutes <= 0:
            return None
        last = last_fetch.get(feed.url)
        if last is None:
            last = last_fetch.get(normalize_url(feed.url))
        if last is None:
            return datetime.min.replace(tzinfo=UTC)
        return last + timedelta(minutes=minutes)

    def __post_init__(self) -> None:
        # Frozen: set the lookup table once, here (a UI may look up every feed).
        object.__setattr__(self, "_by_url", {normalize_url(feed.url): feed for feed in reversed(self.feeds)})

    def feed(self, url: str) -> FeedConfig | None:
        """The configured feed with this URL (compared as `normalize_url` does), or None."""
        if url in self._by_url:  # most lookups pass a URL exactly as configured
            return self._by_url[url]
        return self._by_url.get(normalize_url(url))

    def query(self, name: str) -> SavedQuery | None:
        """The saved search called `name` (`[[queries]]`), or None."""
        return next((query for query in self.queries if query.name == name), None)


@dataclass(frozen=True, slots=True)
class _Setting:
    kind: type
    minimum: float | None
    help: str


# The [general] keys: type, smallest allowed value, and the comment the starter
# config shows. Defaults come from GeneralConfig itself.
GENERAL_SETTINGS: Final[dict[str, _Setting]] = {
    "refresh_minutes": _Setting(int, 0, "minutes between automatic refreshes; 0 = only on demand"),
    "fetch_full_articles": _Setting(bool, None, "fetch and extract each new item's web page in the background"),
    "theme": _Setting(str, None, 'a newstui theme, a Textual theme (e.g. "nord") or one of yours'),
    "mark_read_on_open": _Setting(bool, None, "opening an item marks it read"),
    "max_connections": _Setting(int, 1, "HTTP requests in flight at once, over all hosts"),
    "per_host_connections": _Setting(int, 1, "HTTP requests in flight at once to any one host"),
    "timeout_seconds": _Setting(float, 0.1, "longest wait for one request, in seconds"),
    "max_response_mb": _Setting(int, 1, "larger responses (after decompression) are cut off"),
    "article_concurrency": _Setting(int, 1, "article pages fetched at once in the background"),
    "max_items": _Setting(int, 0, "keep at most this many items per feed; 0 = no limit"),
    "keep_days": _Setting(int, 0, "keep items this many days; 0 = for ever"),
    "delete_unread": _Setting(bool, None, "max_items / keep_days may delete unread items too"),
    "feed_order": _Setting(str, None, '"config" (file order) or "title"'),
    "proxy": _Setting(str, None, '"" = HTTP(S)_PROXY from the environment, "none", or a URL'),
    "notify_command": _Setting(list, None, 'after new items, e.g. ["notify-send", "%n new items"]'),
    "sort": _Setting(str, None, 'item order: "date", "title", "feed" or "unread" (unread first)'),
    "browser": _Setting(list, None, 'command that opens links; "%u" is the URL (default: the system\'s)'),
    "pipe_command": _Setting(list, None, "| pipes the article's Markdown to its stdin (default: less)"),
    "save_dir": _Setting(str, None, "w saves articles here (default: your Downloads folder)"),
    "player": _Setting(list, None, 'plays an enclosure, e.g. ["mpv", "%u"]; [] = the browser'),
    "download_dir": _Setting(str, None, 'where enclosures go; unset = your Downloads folder'),
    "max_download_mb": _Setting(int, 1, "larger enclosure downloads are stopped"),
}
READER_EXAMPLES: Final[dict[str, str]] = {
    "browser": '["firefox", "%u"]', "pipe_command": '["glow", "-p", "-"]', "save_dir": '"~/news"',
}
"""What the starter config shows for the settings whose default is "none set"."""
READER_CHOICES: Final[dict[str, tuple[str, ...]]] = {"sort": ("date", "title", "feed", "unread")}
"""[general] strings that must be one of a few words."""
FEED_ORDERS: Final = ("config", "title")
# Per-feed settings that take a [general] setting's type and range.
FEED_SETTINGS: Final = ("refresh_minutes", "fetch_full_articles", "max_items", "keep_days", "delete_unread")
FEED_KEYS: Final = ("url", "title", "tags", "site_url", *FEED_SETTINGS, "user_agent", "headers", "auth")
TOP_LEVEL_KEYS: Final = ("general", "feeds", "keys", "speakers", "filters", "queries")
FILTER_KEYS: Final = ("match", "action", "tag")
QUERY_KEYS: Final = ("name", "search", "unread", "tags", "feeds", "match")


# --------------------------------------------------------------------------- loading


def load_config(path: Path | str) -> Config:
    """Read and validate the config file at `path`.

    Raises:
        ConfigError: the file cannot be read, is not valid TOML, or holds a wrong
            key or value. The error names the file, the line and the key.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(path, "no such file") from None
    except IsADirectoryError:
        raise ConfigError(path, "is a directory, not a config file") from None
    except OSError as error:
        raise ConfigError(path, f"cannot read: {error.strerror or error}") from None
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise ConfigError(path, "not UTF-8 text (TOML files must be UTF-8)", line=line) from None
    return parse_config(source, path)


def parse_config(source: str, path: Path | str) -> Config:
    """Validate TOML text as a config; `path` is only used to name the file in errors.

    Raises:
        ConfigError: for one problem; a `ConfigProblems` (also a ConfigError) that
            lists each problem with its line when the file has several.
    """
    path = Path(path)
    return _Validator(path, source).config(load_toml_text(path, source))


MAX_KEY_PARTS: Final = 100
"""Most parts of one dotted key (`a.b.c` has 3). tomllib's time grows with the
square of the parts (50,000 parts: minutes); real files use two or three."""


def load_toml_text(path: Path | str, text: str) -> dict[str, Any]:
    """Parse TOML `text`, turning every failure into a ConfigError that names `path`.

    Besides syntax errors (with their line), this refuses hostile shapes quickly:
    a dotted key of more than `MAX_KEY_PARTS` parts, and arrays or inline tables
    nested deeper than the parser's recursion allows (a few hundred levels), which
    would otherwise cost minutes or end in a RecursionError. Use it for every TOML
    file newstui reads (config, themes).

    Raises:
        ConfigError: the text is not TOML newstui can read; names the file and line.
    """
    _check_dotted_keys(path, text)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message, line = _syntax_error(error)
        raise ConfigError(path, f"TOML syntax error: {message}", line=line) from None
    except RecursionError:
        line = _nesting_line(text, _DEEP)
        raise ConfigError(path, "arrays or inline tables nested too deeply to read", line=line) from None


_KEY_PART: Final = r"""(?:[A-Za-z0-9_-]++|"(?:[^"\\\n]|\\.)*+"|'[^'\n]*+')"""
# A comment, or a run of dot-separated key parts (a lone string is a run of one,
# so the dots inside it are skipped). Possessive, so no match backtracks and
# finditer never rescans a run: linear in the line.
_DOTTED_RUN: Final = re.compile(r"#.*+|" + _KEY_PART + r"(?:[ \t]*+\.[ \t]*+" + _KEY_PART + r")*+")
_KEY_PARTS: Final = re.compile(_KEY_PART)


def _check_dotted_keys(path: Path | str, text: str) -> None:
    """Refuse a dotted key of more than MAX_KEY_PARTS parts, in time linear in the text."""
    if text.count(".") < MAX_KEY_PARTS:
        return
    offset = 0
    for line in text.split("\n"):
        if line.count(".") >= MAX_KEY_PARTS:
            for match in _DOTTED_RUN.finditer(line):
                if match.group().startswith("#") or match.group().count(".") < MAX_KEY_PARTS:
                    continue
                parts = len(_KEY_PARTS.findall(match.group()))  # dots inside quoted parts do not count
                if parts > MAX_KEY_PARTS:
                    number = text.count("\n", 0, offset) + 1
                    message = f"a dotted key of {parts} parts (at most {MAX_KEY_PARTS} are allowed)"
                    raise ConfigError(path, message, line=number)
        offset += len(line) + 1


_DEEP: Final = 100
_NEST_TOKEN: Final = re.compile(r'''"""|\'\'\'|"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|#[^\n]*|[\[\]{}]''')


def _nesting_line(text: str, limit: int) -> int | None:
    """The line where brackets and braces (outside strings and comments) first nest deeper than `limit`."""
    depth = 0
    pos = 0
    while (match := _NEST_TOKEN.search(text, pos)) is not None:
        token = match.group()
        pos = match.end()
        if token in ('"""', "'''"):
            end = text.find(token, pos)
            if end < 0:
                return None
            pos = end + 3
        elif token in ("[", "{"):
            depth += 1
            if depth > limit:
                return text.count("\n", 0, match.start()) + 1
        elif token in ("]", "}"):
            depth = max(0, depth - 1)
    return None


_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def _syntax_error(error: tomllib.TOMLDecodeError) -> tuple[str, int | None]:
    """tomllib puts the position in the message text: take it out as a line number."""
    text = str(error)
    match = _AT_LINE.search(text)
    if match:
        return f"{text[: match.start()]} (column {match.group(2)})", int(match.group(1))
    match = _AT_END.search(text)
    if match:
        return f"{text[: match.start()]} (at the end of the file)", None
    return text, None


class _Validator:
    """Turns the parsed TOML into a Config, collecting every problem before raising."""

    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.source = source
        self._lines: dict[KeyPath, int] | None = None
        self.problems: list[ConfigError] = []

    @property
    def lines(self) -> dict[KeyPath, int]:
        # Scanning for lines costs as much as parsing: only done for an error.
        if self._lines is None:
            self._lines = locate_keys(self.source)
        return self._lines

    def error(self, where: KeyPath, message: str, key: str | None = None) -> ConfigError:
        return ConfigError(self.path, message, line=line_of(self.lines, where), key=key or key_name(where))

    def config(self, data: dict[str, Any]) -> Config:
        for name in data:
            if name in GENERAL_SETTINGS:
                # A common slip: `theme = "nord"` above any table header.
                message = f"{name!r} belongs in the [general] table: put it under a [general] line"
                self.problems.append(self.error((name,), message))
            elif name not in TOP_LEVEL_KEYS:
                self.problems.append(
                    self.error((name,), f"unknown {_what(data[name])}{_suggest(name, TOP_LEVEL_KEYS)}")
                )
        general = self.general(data.get("general", {}))
        feeds = self.feeds(data.get("feeds", []))
        keys = self.keys(data.get("keys", {}))
        from newstui.speakers import parse_speaker_aliases

        aliases: dict[str, str] = {}
        try:
            aliases = parse_speaker_aliases(data.get("speakers", {}), self.error)
        except ConfigError as error:
            self.problems.append(error)
        rules = self.filters(data.get("filters", []))
        queries = self.queries(data.get("queries", []), feeds)
        if self.problems:
            raise config_errors(self.path, self.problems)
        return Config(
            path=self.path,
            general=general,
            feeds=feeds,
            keys=keys,
            speaker_aliases=aliases,
            filters=rules,
            queries=queries,
        )

    def general(self, table: object) -> GeneralConfig:
        if not isinstance(table, dict):
            self.problems.append(self.error(("general",), f"must be a table ([general]), not {_type_name(table)}"))
            return GeneralConfig()
        values: dict[str, Any] = {}
        for name, value in table.items():
            where: KeyPath = ("general", name)
            setting = GENERAL_SETTINGS.get(name)
            try:
                if setting is None:
                    raise self.error(where, f"unknown setting{_suggest(name, GENERAL_SETTINGS)}")
                values[name] = self.general_value(where, name, self.setting(where, setting, value))
            except ConfigError as error:
                self.problems.append(error)
        return GeneralConfig(**values)

    def general_value(self, where: KeyPath, name: str, value: object) -> object:
        """The checks of [general] keys beyond type and range."""
        if name == "feed_order" and value not in FEED_ORDERS:
            raise self.error(where, f"must be {' or '.join(map(repr, FEED_ORDERS))}, not {_show(value)}")
        if name == "proxy" and value not in ("", "none"):
            assert isinstance(value, str)
            problem = proxy_problem(value)
            if problem:
                raise self.error(where, problem)
        if name == "notify_command":
            return self.command(where, value)
        return value

    def command(self, where: KeyPath, value: object) -> tuple[str, ...]:
        """An argument list: strings, the first one not empty (never run through a shell)."""
        if isinstance(value, tuple):  # setting() has already turned a TOML array into a tuple
            value = list(value)
        if not isinstance(value, list) or not all(isinstance(part, str) for part in value):
            example = '["notify-send", "%n new items"]'
            raise self.error(where, f"must be a list of strings, e.g. {example}, not {_show(value)}")
        if value and not value[0].strip():
            raise self.error(where, "the command (first element) must not be empty")
        if any("\x00" in part for part in value):
            raise self.error(where, "must not contain NUL characters")
        return tuple(value)

    def setting(self, where: KeyPath, setting: _Setting, value: object) -> object:
        kind = setting.kind
        # bool is a subclass of int in Python; TOML keeps them apart, so do we.
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise self.error(where, f"must be {_KIND_NAMES[kind]}, not {_type_name(value)} ({_show(value)})")
        if isinstance(value, float) and not math.isfinite(value):
            raise self.error(where, f"must be a finite number, not {value}")
        if setting.minimum is not None and isinstance(value, (int, float)) and value < setting.minimum:
            raise self.error(where, f"must be at least {setting.minimum:g}, not {value}")
        if isinstance(value, str):
            value = value.strip()
            if not value and where != ("general", "proxy"):
                raise self.error(where, "must not be empty")
            choices = READER_CHOICES.get(str(where[-1]), ())
            if choices and value not in choices:
                raise self.error(where, f"must be one of {', '.join(map(repr, choices))}, not {value!r}")
        if isinstance(value, list):
            # A command, run without a shell: a non-empty list of non-empty strings.
            # An empty list is "none" only where that is the default (the browser plays).
            empty_ok = where[-1] in ("player", "notify_command")
            if (not value and not empty_ok) or not all(isinstance(part, str) and part.strip() for part in value):
                raise self.error(where, 'must be a command as a list of strings, e.g. ["less"]')
            value = tuple(value)
        return value

    def feeds(self, entries: object) -> tuple[FeedConfig, ...]:
        if not isinstance(entries, list):
            message = f"must be an array of tables ([[feeds]]), not {_type_name(entries)}"
            self.problems.append(self.error(("feeds",), message))
            return ()
        feeds: list[FeedConfig] = []
        seen: dict[str, int] = {}
        for index, entry in enumerate(entries):
            try:
                feed = self.feed(index, entry)
            except ConfigError as error:
                self.problems.append(error)
                continue
            normal = normalize_url(feed.url)
            if normal in seen:
                first = seen[normal]
                first_line = line_of(self.lines, ("feeds", first))
                at = f" (line {first_line})" if first_line else ""
                message = f"duplicate feed URL {feed.url!r}: already {key_name(('feeds', first))}{at}"
                self.problems.append(self.error(("feeds", index, "url"), message))
                continue
            seen[normal] = index
            feeds.append(feed)
        return tuple(feeds)

    def feed(self, index: int, entry: object) -> FeedConfig:
        here: KeyPath = ("feeds", index)
        if not isinstance(entry, dict):
            raise self.error(here, f"each feed must be a table with a url, not {_type_name(entry)}")
        for name in entry:
            if name not in FEED_KEYS:
                raise self.error((*here, name), f"unknown feed setting{_suggest(name, FEED_KEYS)}")
        if "url" not in entry:
            raise self.error(here, "the feed has no url")
        url = entry["url"]
        if not isinstance(url, str):
            raise self.error((*here, "url"), f"must be a string, not {_type_name(url)} ({_show(url)})")
        problem = url_problem(url)
        if problem:
            raise self.error((*here, "url"), problem)
        title = entry.get("title")
        if title is not None:
            if not isinstance(title, str):
                raise self.error((*here, "title"), f"must be a string, not {_type_name(title)} ({_show(title)})")
            title = one_line(title) or None
        tags = self.tags((*here, "tags"), entry.get("tags", []))
        return FeedConfig(url=url.strip(), title=title, tags=tags, **self.feed_settings(here, entry))

    def feed_settings(self, here: KeyPath, entry: dict[str, Any]) -> dict[str, Any]:
        """The per-feed settings of a [[feeds]] entry (all but url, title and tags)."""
        values: dict[str, Any] = {}
        for name in FEED_SETTINGS:
            if name in entry:
                values[name] = self.setting((*here, name), GENERAL_SETTINGS[name], entry[name])
        if "site_url" in entry:
            site = entry["site_url"]
            if not isinstance(site, str):
                raise self.error((*here, "site_url"), f"must be a string, not {_type_name(site)} ({_show(site)})")
            problem = url_problem(site)
            if problem:
                raise self.error((*here, "site_url"), problem)
            values["site_url"] = site.strip()
        if "user_agent" in entry:
            values["user_agent"] = self.header_value((*here, "user_agent"), entry["user_agent"])
        if "headers" in entry:
            values["headers"] = self.headers((*here, "headers"), entry["headers"])
        if "auth" in entry:
            values["auth"] = self.auth((*here, "auth"), entry["auth"])
            if any(name.lower() == "authorization" for name, _ in values.get("headers", ())):
                raise self.error((*here, "auth"), "give either auth or an Authorization header, not both")
        return values

    def header_value(self, where: KeyPath, value: object) -> str:
        if not isinstance(value, str):
            raise self.error(where, f"must be a string, not {_type_name(value)} ({_show(value)})")
        text = value.strip()
        if not text:
            raise self.error(where, "must not be empty")
        if not all(" " <= char <= "~" for char in text):
            # Only visible ASCII can go in an HTTP header; anything else fails every request.
            raise self.error(where, "must be plain ASCII text without control characters")
        return text

    def headers(self, where: KeyPath, value: object) -> tuple[tuple[str, str], ...]:
        if not isinstance(value, dict):
            raise self.error(where, f'must be a table, e.g. headers = {{ Cookie = "id=1" }}, not {_type_name(value)}')
        out: list[tuple[str, str]] = []
        for name, text in value.items():
            if not _HEADER_NAME.fullmatch(name):
                raise self.error((*where, name), "not a valid HTTP header name")
            if name.lower() in _RESERVED_HEADERS:
                raise self.error((*where, name), "newstui sets this header itself")
            out.append((name, self.header_value((*where, name), text)))
        return tuple(out)

    def auth(self, where: KeyPath, value: object) -> FeedAuth:
        if not isinstance(value, dict):
            example = 'auth = { user = "me", password_env = "FEED_PW" }'
            message = f"must be a table, e.g. {example}, not {_type_name(value)}"
            raise self.error(where, message)
        if "password" in value:
            # A password in clear in a file people share and back up: refused.
            raise self.error(
                (*where, "password"),
                "newstui never reads a password from the config: use password_env (an environment "
                "variable) or password_command (a command that prints it)",
            )
        for name in value:
            if name not in _AUTH_KEYS:
                raise self.error((*where, name), f"unknown auth setting{_suggest(name, _AUTH_KEYS)}")
        user = value.get("user")
        if not isinstance(user, str) or not user or ":" in user or not all(" " <= c <= "~" for c in user):
            raise self.error((*where, "user"), "must be a user name (plain ASCII, without ':')")
        has_env, has_command = "password_env" in value, "password_command" in value
        if has_env == has_command:
            raise self.error(where, "needs exactly one of password_env or password_command")
        if has_env:
            env = value["password_env"]
            if not isinstance(env, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", env):
                raise self.error((*where, "password_env"), "must be the name of an environment variable")
            return FeedAuth(user=user, password_env=env)
        command = self.command((*where, "password_command"), value["password_command"])
        if not command:
            raise self.error((*where, "password_command"), 'must not be empty, e.g. ["pass", "show", "feeds/x"]')
        return FeedAuth(user=user, password_command=command)

    def tags(self, where: KeyPath, value: object) -> tuple[str, ...]:
        if isinstance(value, str):
            raise self.error(where, f"must be a list of strings, e.g. tags = [{_show(value)}]")
        if not isinstance(value, list):
            raise self.error(where, f"must be a list of strings, not {_type_name(value)} ({_show(value)})")
        tags: list[str] = []
        for tag in value:
            if not isinstance(tag, str):
                raise self.error(where, f"must be a list of strings; {_show(tag)} is {_type_name(tag)}")
            clean = one_line(tag)
            if not clean:
                raise self.error(where, "a tag must not be empty")
            if clean not in tags:
                tags.append(clean)
        return tuple(tags)

    def keys(self, table: object) -> dict[str, str]:
        if not isinstance(table, dict):
            self.problems.append(self.error(("keys",), f"must be a table ([keys]), not {_type_name(table)}"))
            return {}
        keys: dict[str, str] = {}
        # `items.next-unread = "n"` without quotes makes nested tables; the id is
        # the dotted path either way, so flatten.
        for parts, value in _flatten(table):
            where: KeyPath = ("keys", *parts)
            binding_id = ".".join(parts)
            name = key_name(("keys", binding_id))  # one spelling, however the file wrote it
            if isinstance(value, list) and value and all(isinstance(key, str) for key in value):
                value = ",".join(value)
            if not isinstance(value, str):
                message = f'must be a string of comma-separated keys, e.g. "n,ctrl+n", not {_type_name(value)}'
                self.problems.append(self.error(where, message, name))
            elif not value.strip():
                self.problems.append(self.error(where, "must name at least one key", name))
            else:
                keys[binding_id] = value.strip()
        return keys

    # -- [[filters]] and [[queries]] ------------------------------------------------

    def entries(self, name: str, entries: object, example: str) -> list[tuple[int, dict[str, Any]]]:
        """The tables of an array of tables such as [[filters]]; a problem for anything else."""
        if not isinstance(entries, list):
            self.problems.append(
                self.error((name,), f"must be an array of tables ([[{name}]]), not {_type_name(entries)}")
            )
            return []
        tables: list[tuple[int, dict[str, Any]]] = []
        for index, entry in enumerate(entries):
            if isinstance(entry, dict):
                tables.append((index, entry))
            else:
                self.problems.append(
                    self.error((name, index), f"each entry must be a table {example}, not {_type_name(entry)}")
                )
        return tables

    def expression(self, where: KeyPath, value: object) -> tuple[str, Expr]:
        """A filter expression at `where`: (source, parsed); ConfigError naming the line and character."""
        if not isinstance(value, str):
            raise self.error(where, f'must be a string such as \'title =~ "sponsored"\', not {_type_name(value)}')
        try:
            return value, parse_expression(value)
        except ExpressionError as error:
            raise self.error(where, f"{error.message} (at character {error.position + 1} of the expression)") from None

    def filters(self, entries: object) -> tuple[FilterRule, ...]:
        rules: list[FilterRule] = []
        for index, entry in self.entries("filters", entries, 'with a match and an action'):
            here: KeyPath = ("filters", index)
            try:
                for name in entry:
                    if name not in FILTER_KEYS:
                        raise self.error((*here, name), f"unknown filter setting{_suggest(name, FILTER_KEYS)}")
                if "match" not in entry:
                    raise self.error(here, 'the filter has no match (e.g. match = \'title =~ "sponsored"\')')
                if "action" not in entry:
                    raise self.error(here, f"the filter has no action (one of {', '.join(ACTIONS)})")
                source, expr = self.expression((*here, "match"), entry["match"])
                actions = self.actions((*here, "action"), entry["action"])
                tags: tuple[str, ...] = ()
                if "tag" in entry:
                    value = entry["tag"]
                    tags = self.tags((*here, "tag"), [value] if isinstance(value, str) else value)
                if "tag" in actions and not tags:
                    raise self.error(here, 'action "tag" needs the tag to give: tag = "name"')
                if tags and "tag" not in actions:
                    raise self.error((*here, "tag"), 'a tag is given only with action = "tag"')
                rules.append(FilterRule(expr, source, actions, tags))
            except ConfigError as error:
                self.problems.append(error)
        return tuple(rules)

    def actions(self, where: KeyPath, value: object) -> tuple[Action, ...]:
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not names or not all(isinstance(name, str) for name in names):
            raise self.error(where, f"must be an action or a list of them ({', '.join(ACTIONS)}), not {_show(value)}")
        actions: list[Action] = []
        for name in names:
            action = next((known for known in ACTIONS if known == name.strip().lower()), None)
            if action is None:
                raise self.error(where, f"unknown action{_suggest(name, ACTIONS)}")
            if action not in actions:
                actions.append(action)
        return tuple(actions)

    def queries(self, entries: object, feeds: Sequence[FeedConfig]) -> tuple[SavedQuery, ...]:
        queries: list[SavedQuery] = []
        seen: dict[str, int] = {}
        for index, entry in self.entries("queries", entries, "with a name and a search"):
            here: KeyPath = ("queries", index)
            try:
                for name in entry:
                    if name not in QUERY_KEYS:
                        raise self.error((*here, name), f"unknown saved search setting{_suggest(name, QUERY_KEYS)}")
                title = entry.get("name")
                if not isinstance(title, str) or not one_line(title):
                    raise self.error(
                        (*here, "name") if "name" in entry else here, "a saved search needs a name (a non-empty string)"
                    )
                title = one_line(title)
                if title in seen:
                    first_line = line_of(self.lines, ("queries", seen[title]))
                    at = f" (line {first_line})" if first_line else ""
                    raise self.error(
                        (*here, "name"),
                        f"duplicate saved search name {title!r}: already {key_name(('queries', seen[title]))}{at}",
                    )
                seen[title] = index
                search = entry.get("search")
                if search is not None:
                    if not isinstance(search, str) or not search.strip():
                        raise self.error(
                            (*here, "search"), f"must be a non-empty string (a full-text query), not {_show(search)}"
                        )
                    problem = fts_problem(search)
                    if problem:
                        raise self.error((*here, "search"), problem)
                unread = entry.get("unread", False)
                if not isinstance(unread, bool):
                    raise self.error(
                        (*here, "unread"), f"must be true or false, not {_type_name(unread)} ({_show(unread)})"
                    )
                tags = self.tags((*here, "tags"), entry.get("tags", []))
                urls = self.query_feeds((*here, "feeds"), entry.get("feeds", []), feeds)
                source: str | None = None
                expr: Expr | None = None
                if "match" in entry:
                    source, expr = self.expression((*here, "match"), entry["match"])
                if not (search or unread or tags or urls or expr):
                    raise self.error(here, "a saved search needs a condition: search, unread, tags, feeds or match")
                queries.append(SavedQuery(title, search, unread, tags, urls, expr, source))
            except ConfigError as error:
                self.problems.append(error)
        return tuple(queries)

    def query_feeds(self, where: KeyPath, value: object, feeds: Sequence[FeedConfig]) -> tuple[str, ...]:
        if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(url, str) for url in value):
            raise self.error(where, f"must be a list of feed URLs, not {_show(value)}")
        by_url = {normalize_url(feed.url): feed.url for feed in feeds}
        urls: list[str] = []
        for url in value:
            configured = by_url.get(normalize_url(url))
            if configured is None:
                raise self.error(where, f"{url!r} is not a configured feed ([[feeds]] url)")
            if configured not in urls:
                urls.append(configured)
        return tuple(urls)


_HEADER_NAME: Final = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_RESERVED_HEADERS: Final = frozenset(
    {
        "host", "content-length", "transfer-encoding", "connection",
        "if-none-match", "if-modified-since", "accept-encoding",
    }
)
_AUTH_KEYS: Final = ("user", "password_env", "password_command")


def proxy_problem(url: str) -> str | None:
    """What is wrong with `url` as a proxy URL (http, https, socks5), or None."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as error:
        return f"not a valid proxy URL ({error})"
    if parts.scheme.lower() not in ("http", "https", "socks5", "socks5h") or not parts.hostname:
        return 'must be "", "none" or a proxy URL such as "http://proxy.example:3128"'
    return None


class ConfigProblems(ConfigError):
    """Several problems in one config file: the message lists each with its line."""

    def __init__(self, path: object, problems: Sequence[ConfigError]) -> None:
        ordered = sorted(problems, key=lambda problem: problem.line if problem.line is not None else math.inf)
        shown = [
            "  "
            + (f"line {problem.line}: " if problem.line is not None else "")
            + (f"{problem.key}: " if problem.key else "")
            + problem.message
            for problem in ordered[:MAX_PROBLEMS_SHOWN]
        ]
        if len(ordered) > MAX_PROBLEMS_SHOWN:
            shown.append(f"  and {len(ordered) - MAX_PROBLEMS_SHOWN} more")
        super().__init__(path, "\n".join([f"{len(ordered)} problems:", *shown]))
        self.problems: tuple[ConfigError, ...] = tuple(ordered)
        """Each problem as its own ConfigError, in line order."""
        self.line = ordered[0].line  # where an editor should jump first


MAX_PROBLEMS_SHOWN: Final = 30
"""A hostile file may hold a million bad entries: the message lists this many."""


def config_errors(path: object, problems: Sequence[ConfigError]) -> ConfigError:
    """The error to raise for `problems` (at least one): itself if alone, else a ConfigProblems."""
    if len(problems) == 1:
        return problems[0]
    return ConfigProblems(path, problems)


def _flatten(table: Mapping[str, object]) -> Iterable[tuple[tuple[str, ...], object]]:
    """(dotted path, value) of each leaf, in file order; a loop, not recursion (nesting may be deep)."""
    stack: list[tuple[tuple[str, ...], Iterator[tuple[str, object]]]] = [((), iter(table.items()))]
    while stack:
        prefix, items = stack[-1]
        for name, value in items:
            if isinstance(value, dict):
                stack.append(((*prefix, name), iter(value.items())))
                break
            yield (*prefix, name), value
        else:
            stack.pop()


def check_key_ids(config: Config, known_ids: Iterable[str]) -> None:
    """Raise ConfigError naming every `[keys]` id that is not a known binding id.

    The UI calls this with the ids of its bindings (see docs/keybindings.md); each
    problem gives its line and the nearest known id.
    """
    problems = key_id_problems(config, known_ids)
    if problems:
        raise config_errors(config.path, problems)


def key_id_problems(config: Config, known_ids: Iterable[str]) -> list[ConfigError]:
    """A ConfigError for each `[keys]` id that is not in `known_ids`."""
    known = sorted(set(known_ids))
    lines = file_key_lines(config.path) if any(binding_id not in known for binding_id in config.keys) else {}
    return [
        ConfigError(
            config.path,
            f"unknown key binding id{_suggest(binding_id, known)}",
            line=key_line(lines, binding_id),
            key=key_name(("keys", binding_id)),
        )
        for binding_id in config.keys
        if binding_id not in known
    ]


def file_key_lines(path: Path) -> dict[KeyPath, int]:
    """`locate_keys` of the file at `path`, or {} when it cannot be read (then errors have no line)."""
    try:
        return locate_keys(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return {}


def key_line(lines: Mapping[KeyPath, int] | Path, binding_id: str) -> int | None:
    """The line of the `[keys]` entry for `binding_id`, from `locate_keys` lines or read from a file."""
    if isinstance(lines, Path):
        lines = file_key_lines(lines)
    for where in (("keys", binding_id), ("keys", *binding_id.split("."))):
        if where in lines:
            return lines[where]
    return line_of(lines, ("keys",))


# --------------------------------------------------------------------------- URLs


def url_problem(url: str) -> str | None:
    """What is wrong with `url` as a feed URL, or None when it is a usable http(s) URL."""
    text = url.strip()
    if not text:
        return "must not be empty"
    if _SPACE_OR_CONTROL.search(text):
        return f"not a valid URL (it contains spaces or control characters): {url!r}"
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as error:
        return f"not a valid URL ({error}): {url!r}"
    if parts.scheme.lower() not in ("http", "https"):
        return f"not an http(s) URL: {url!r}"
    if not parts.hostname:
        return f"not an http(s) URL (no host name): {url!r}"
    if clean_url(text) is None:
        # Whatever passes here is written to the config and printed: no invisible
        # or direction-changing characters (they can disguise where a link goes).
        return f"not a valid URL (it contains invisible or control characters): {ascii(url)}"
    return None


_SPACE_OR_CONTROL: Final = re.compile(r"[\s\x00-\x1f\x7f]")
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}


def normalize_url(url: str) -> str:
    """The form in which two feed URLs are compared for duplicates.

    Scheme and host are lower-cased, a default port (80/443) and the #fragment
    are dropped, and an empty path becomes "/". Everything else counts: the path's
    case, a trailing slash on a non-empty path, and the query string, because
    servers may answer those differently.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{host}" if userinfo else host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


# --------------------------------------------------------------------------- starter config


def ensure_config(path: Path | str) -> bool:
    """Write the commented starter config at `path` unless a file is already there.

    Creates the parent directories. Never overwrites anything.

    Returns:
        True if it wrote the file, False if one existed.

    Raises:
        ConfigError: the file or its directory cannot be created.
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # "x": fail rather than overwrite if another newstui wrote it meanwhile.
        with path.open("x", encoding="utf-8", newline="\n") as file:
            file.write(starter_config())
    except FileExistsError:
        return False
    except OSError as error:
        raise ConfigError(path, f"cannot write the starter config: {error.strerror or error}") from None
    return True


def starter_config() -> str:
    """The text of the starter config: every [general] key with its default, commented."""
    defaults = GeneralConfig()
    settings = []
    for name, setting in GENERAL_SETTINGS.items():
        value = READER_EXAMPLES.get(name) or _toml_value(getattr(defaults, name))
        settings.append(f"# {name} = {value}".ljust(36) + f"  # {setting.help}")
    general = "\n".join(settings)
    return f"""\
# newstui configuration (TOML). Every setting is described in newstui's
# docs/configuration.md. Lines starting with # are comments: remove the # to
# change a setting; the values shown are the defaults.

[general]
{general}

# Rebind keys: binding id = "comma-separated keys". The ids are listed by `?`
# in the app and in docs/keybindings.md.
# [keys]
# "items.next-unread" = "n,ctrl+n"

# One [[feeds]] table per feed. `newstui add URL` and `newstui import-opml FILE`
# add them here for you (and keep these comments).
#
# [[feeds]]
# url = "https://feeds.bbci.co.uk/news/world/rss.xml"
# title = "BBC World"            # optional: overrides the feed's own title
# tags = ["world"]               # optional: the app groups feeds by tag
#
# [[feeds]]
# url = "https://www.theguardian.com/world/rss"
# tags = ["world"]
"""


def _toml_value(value: object) -> str:
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_value(part) for part in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml_value(part) for part in value) + "]"
    return repr(value)


def _toml_string(value: str) -> str:
    import json

    # A JSON string is a valid TOML basic string for these characters.
    return json.dumps(value, ensure_ascii=False)


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _toml_string(key)


# --------------------------------------------------------------------------- lines of keys


def key_name(where: KeyPath) -> str:
    """`("feeds", 2, "url")` -> `feeds[3].url` (feeds count from 1, as people do)."""
    out = ""
    for part in where:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + _toml_key(part)
    return out


def line_of(lines: Mapping[KeyPath, int], where: KeyPath) -> int | None:
    """The line of `where`, else of the nearest enclosing table or entry that has one."""
    for end in range(len(where), 0, -1):
        line = lines.get(where[:end])
        if line is not None:
            return line
    return None


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BASIC_KEY = re.compile(r'"((?:[^"\\]|\\.)*)"')
_LITERAL_KEY = re.compile(r"'([^']*)'")


def _parse_key(text: str, pos: int) -> tuple[list[str], int] | None:
    """Parse a (dotted) TOML key starting at `pos`; return its parts and the end position.

    None when there is no key, or one of more than MAX_KEY_PARTS parts (the scan
    stops there, so a hostile 50,000-part key costs no more than its length).
    """
    parts: list[str] = []
    while len(parts) <= MAX_KEY_PARTS:
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        for pattern in (_BARE_KEY, _BASIC_KEY, _LITERAL_KEY):
            match = pattern.match(text, pos)
            if match:
                part = match.group(1) if match.lastindex else match.group(0)
                if pattern is _BASIC_KEY:
                    part = _unescape(part)
                parts.append(part)
                pos = match.end()
                break
        else:
            return None
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos < len(text) and text[pos] == ".":
            pos += 1
            continue
        return parts, pos
    return None


def _unescape(text: str) -> str:
    try:
        return str(tomllib.loads(f'k = "{text}"')["k"])
    except tomllib.TOMLDecodeError:
        return text


def locate_keys(source: str) -> dict[KeyPath, int]:
    """Map each table header and key in TOML `source` to its 1-based line.

    A light scan, not a parser: it follows table headers (`[t]`, `[[t]]`, numbering
    array entries from 0), dotted keys, and skips the inside of multi-line strings
    and arrays. Good enough to point an error at a line; when it cannot place
    something the caller falls back to the enclosing table's line.
    """
    return scan_toml(source)[0]


def scan_toml(source: str) -> tuple[dict[KeyPath, int], list[int]]:
    """`locate_keys` and the 1-based lines of the table headers (`[t]`, `[[t]]`) in one pass,
    in time linear in `source`."""
    lines: dict[KeyPath, int] = {}
    headers: list[int] = []
    aot_counts: dict[KeyPath, int] = {}
    table: KeyPath | None = ()  # None: under a header too long to place
    multiline: str | None = None  # the closing delimiter of an open multi-line string
    depth = 0  # open brackets/braces of a multi-line value

    def resolve(parts: Sequence[str]) -> KeyPath:
        # Quadratic in the parts, which _parse_key bounds by MAX_KEY_PARTS.
        out: KeyPath = ()
        for part in parts:
            out = (*out, part)
            if out in aot_counts:
                out = (*out, aot_counts[out] - 1)
        return out

    for number, text in enumerate(source.splitlines(), start=1):
        pos = 0
        if multiline is None and depth == 0:
            stripped = text.lstrip()
            pos = len(text) - len(stripped)
            if stripped.startswith("[["):
                parsed = _parse_key(text, pos + 2)
                if parsed and text[parsed[1] : parsed[1] + 2] == "]]":
                    prefix = resolve(parsed[0][:-1])
                    array = (*prefix, parsed[0][-1])
                    index = aot_counts.get(array, 0)
                    aot_counts[array] = index + 1
                    table = (*array, index)
                    lines.setdefault(array, number)
                    lines[table] = number
                    headers.append(number)
                elif parsed is None:
                    table = None
                    headers.append(number)
                continue
            if stripped.startswith("["):
                parsed = _parse_key(text, pos + 1)
                if parsed and text[parsed[1] : parsed[1] + 1] == "]":
                    table = resolve(parsed[0])
                    lines.setdefault(table, number)
                    headers.append(number)
                elif parsed is None:
                    table = None
                    headers.append(number)
                continue
            parsed = _parse_key(text, pos)
            if parsed and text[parsed[1] : parsed[1] + 1] == "=":
                parts, pos = parsed
                pos += 1
                if table is not None:
                    for end in range(1, len(parts) + 1):
                        lines.setdefault((*table, *parts[:end]), number)
        multiline, depth = _scan_value(text, pos, multiline, depth)
    return lines, headers


def _scan_value(text: str, pos: int, multiline: str | None, depth: int) -> tuple[str | None, int]:
    """Follow strings, comments and brackets through one line of a value."""
    while pos < len(text):
        if multiline is not None:
            end = text.find(multiline, pos)
            if end < 0:
                return multiline, depth
            pos = end + 3
            multiline = None
            continue
        char = text[pos]
        if char == "#":
            break
        if text.startswith('"""', pos) or text.startswith("'''", pos):
            multiline = text[pos : pos + 3]
            pos += 3
            continue
        if char == '"':
            match = _BASIC_KEY.match(text, pos)
            pos = match.end() if match else len(text)
            continue
        if char == "'":
            end = text.find("'", pos + 1)
            pos = end + 1 if end >= 0 else len(text)
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth = max(0, depth - 1)
        pos += 1
    return multiline, depth


# --------------------------------------------------------------------------- messages


_KIND_NAMES: Final[dict[type, str]] = {
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    str: "a string",
    list: "a list of strings",
}


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"  # dates and times


def _what(value: object) -> str:
    return "table" if isinstance(value, (dict, list)) and not isinstance(value, str) else "key"


def _show(value: object) -> str:
    if isinstance(value, (dict, list)):
        return "[...]" if isinstance(value, list) else "{...}"
    text = _toml_value(value) if isinstance(value, (bool, str, int, float)) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _suggest(name: str, known: Iterable[str]) -> str:
    """`'name'; did you mean 'other'?` with the closest known name, if any is close."""
    known = list(known)
    matches = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f"; did you mean {matches[0]!r}?" if matches else f" (known: {', '.join(known)})" if len(known) <= 12 else ""
    return f" {name!r}{hint}"

