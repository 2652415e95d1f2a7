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
from dataclasses import fields
from pathlib import Path
from typing import Any, Final

from newstui.config.filters import (
    ACTIONS,
    Action,
    Expr,
    ExpressionError,
    FilterRule,
    SavedQuery,
    fts_problem,
    parse_expression,
)
from newstui.config.model import (
    FEED_KEYS,
    FEED_ORDERS,
    FEED_SETTINGS,
    FILTER_KEYS,
    GENERAL_SETTINGS,
    QUERY_KEYS,
    READER_CHOICES,
    TOP_LEVEL_KEYS,
    Config,
    GeneralConfig,
    Setting,
)
from newstui.config.toml_lines import MAX_KEY_PARTS, KeyPath, key_name, line_of, locate_keys, toml_value
from newstui.config.urls import hide_password, normalize_url, proxy_problem, url_problem
from newstui.errors import ConfigError
from newstui.model import FeedAuth, FeedConfig
from newstui.text import one_line

# --------------------------------------------------------------------------- loading


_EMPTY_IS_UNSET = frozenset(("general", field.name) for field in fields(GeneralConfig) if field.default == "")
"""Settings whose default is the empty string, "unset" (`proxy`, `download_dir`): writing that
default out is no error. Read off the model, so a new such setting needs no entry here."""


BYTE_ORDER_MARK: Final = "\ufeff"
"""What a Windows editor may put before the text of a UTF-8 file: read as nothing."""


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
    source = source.removeprefix(BYTE_ORDER_MARK)
    return _Validator(path, source).config(load_toml_text(path, source))


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
    # A UTF-8 byte-order mark (Notepad writes one) is no TOML statement, and no one can see it.
    text = text.removeprefix(BYTE_ORDER_MARK)
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
        from newstui.whosaid.speakers import parse_speaker_aliases

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

    def setting(self, where: KeyPath, setting: Setting, value: object) -> object:
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
        if setting.maximum is not None and isinstance(value, (int, float)) and value > setting.maximum:
            raise self.error(where, f"must be at most {setting.maximum:,.0f}, not {value}")
        if isinstance(value, str):
            value = value.strip()
            if not value and where not in _EMPTY_IS_UNSET:
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
                message = (
                    f"duplicate feed URL {hide_password(repr(feed.url))}: already {key_name(('feeds', first))}{at}"
                )
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
        # Lazily: the fetch package (asyncio) loads only for a config that has headers.
        from newstui.feeds.fetch.headers import is_header_name

        out: list[tuple[str, str]] = []
        for name, text in value.items():
            if not is_header_name(name):
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
            raise self.error(where, f"must be a string such as 'title =~ \"sponsored\"', not {_type_name(value)}")
        try:
            return value, parse_expression(value)
        except ExpressionError as error:
            raise self.error(where, f"{error.message} (at character {error.position + 1} of the expression)") from None

    def filters(self, entries: object) -> tuple[FilterRule, ...]:
        rules: list[FilterRule] = []
        for index, entry in self.entries("filters", entries, "with a match and an action"):
            here: KeyPath = ("filters", index)
            try:
                for name in entry:
                    if name not in FILTER_KEYS:
                        raise self.error((*here, name), f"unknown filter setting{_suggest(name, FILTER_KEYS)}")
                if "match" not in entry:
                    raise self.error(here, "the filter has no match (e.g. match = 'title =~ \"sponsored\"')")
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
                raise self.error(where, f"{hide_password(repr(url))} is not a configured feed ([[feeds]] url)")
            if configured not in urls:
                urls.append(configured)
        return tuple(urls)


_RESERVED_HEADERS: Final = frozenset(
    {
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
        "if-none-match",
        "if-modified-since",
        "accept-encoding",
    }
)
_AUTH_KEYS: Final = ("user", "password_env", "password_command")


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
        return locate_keys(path.read_text(encoding="utf-8").removeprefix(BYTE_ORDER_MARK))
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
    text = toml_value(value) if isinstance(value, (bool, str, int, float)) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _suggest(name: str, known: Iterable[str]) -> str:
    """`'name'; did you mean 'other'?` with the closest known name, if any is close."""
    known = list(known)
    matches = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f"; did you mean {matches[0]!r}?" if matches else f" (known: {', '.join(known)})" if len(known) <= 12 else ""
    return f" {name!r}{hint}"
