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
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit, urlunsplit

from newstui.errors import ConfigError
from newstui.model import FeedConfig
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

    _by_url: dict[str, FeedConfig] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen: set the lookup table once, here (a UI may look up every feed).
        object.__setattr__(self, "_by_url", {normalize_url(feed.url): feed for feed in reversed(self.feeds)})

    def feed(self, url: str) -> FeedConfig | None:
        """The configured feed with this URL (compared as `normalize_url` does), or None."""
        if url in self._by_url:  # most lookups pass a URL exactly as configured
            return self._by_url[url]
        return self._by_url.get(normalize_url(url))


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
    "player": _Setting(list, None, 'plays an enclosure, e.g. ["mpv", "%u"]; [] = the browser'),
    "download_dir": _Setting(str, None, 'where enclosures go; unset = your Downloads folder'),
    "max_download_mb": _Setting(int, 1, "larger enclosure downloads are stopped"),
}
FEED_KEYS: Final = ("url", "title", "tags")
TOP_LEVEL_KEYS: Final = ("general", "feeds", "keys", "speakers")


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
                self.problems.append(self.error((name,), f"unknown {_what(data[name])}{_suggest(name, TOP_LEVEL_KEYS)}"))
        general = self.general(data.get("general", {}))
        feeds = self.feeds(data.get("feeds", []))
        keys = self.keys(data.get("keys", {}))
        from newstui.speakers import parse_speaker_aliases

        aliases: dict[str, str] = {}
        try:
            aliases = parse_speaker_aliases(data.get("speakers", {}), self.error)
        except ConfigError as error:
            self.problems.append(error)
        if self.problems:
            raise config_errors(self.path, self.problems)
        return Config(path=self.path, general=general, feeds=feeds, keys=keys, speaker_aliases=aliases)

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
                values[name] = self.setting(where, setting, value)
            except ConfigError as error:
                self.problems.append(error)
        return GeneralConfig(**values)

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
            if not value:
                raise self.error(where, "must not be empty")
        if isinstance(value, list) and not all(isinstance(part, str) and part.strip() for part in value):
            raise self.error(where, "must be a list of non-empty strings, e.g. [\"mpv\", \"%u\"]")
        return tuple(value) if isinstance(value, list) else value

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
        return FeedConfig(url=url.strip(), title=title, tags=tags)

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
        value = _toml_value(getattr(defaults, name))
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


def header_lines(source: str) -> list[int]:
    """1-based lines of the table headers (`[t]` and `[[t]]`) in TOML `source`."""
    return scan_toml(source)[1]


def scan_toml(source: str) -> tuple[dict[KeyPath, int], list[int]]:
    """`locate_keys` and `header_lines` in one pass, in time linear in `source`."""
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


def general_keys() -> list[str]:
    """Names of the `[general]` settings, in documentation order."""
    return [f.name for f in fields(GeneralConfig)]

