"""Edit the config file in place, keeping the user's comments and layout.

New `[[feeds]]` entries are rendered with tomlkit and inserted as text right after
the last feed entry (or at the end of the file), so every existing byte stays as
it was. The theme is set with a tomlkit round trip, which keeps comments too.
Every edit is checked by loading the result before it replaces the file, and the
file is replaced atomically (a crash leaves the old or the new file, never half).

Core module: imports neither textual nor rich; tomlkit is imported lazily.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

from newstui.config import (
    Config,
    KeyPath,
    ensure_config,
    key_name,
    line_of,
    locate_keys,
    normalize_url,
    parse_config,
    scan_toml,
    url_problem,
)
from newstui.config.files import owner_note, temporary_beside, write_synced
from newstui.config.filters import SavedQuery
from newstui.config.urls import hide_password
from newstui.errors import ConfigError
from newstui.model import FeedConfig
from newstui.text import one_line


def typed_feed_url(text: str) -> str:
    """`example.com/feed` -> `https://example.com/feed`: people type what browsers accept."""
    url = text.strip()
    if "://" not in url and url and not url.startswith(("/", ".")) and "." in url.split("/")[0]:
        return f"https://{url}"
    return url


def new_feed_problem(config: Config, url: str) -> str | None:
    """Why `url` cannot be added to `config` as a new feed, or None: the checks `newstui add`
    and the reader's "Add feed" make before anything is fetched or written (a URL that is not
    plain http(s), or one the config has already)."""
    problem = url_problem(url)  # bidi and other invisible characters too (`clean_url`)
    if problem:
        return problem
    if config.feed(url) is not None:
        return f"{hide_password(url)} is already in {config.path}"
    return None


def add_feed(path: Path | str, feed: FeedConfig) -> None:
    """Append one `[[feeds]]` entry to the config at `path` (writing the starter first if none).

    Raises:
        ConfigError: the config is broken, the URL is not http(s), or the feed is
            already there (the error gives the line of the existing entry).
    """
    _, skipped = _add_feeds(path, [feed])
    if skipped:
        skip = skipped[0]
        raise ConfigError(path, skip.error or skip.reason, line=skip.line, key=skip.key)


def add_feeds(path: Path | str, feeds: Sequence[FeedConfig]) -> tuple[list[FeedConfig], list[tuple[FeedConfig, str]]]:
    """Append the feeds that are not in the config yet, in one write.

    URLs are compared as `config.normalize_url` does. Titles and tags are cleaned
    of control characters (OPML files are untrusted).

    Returns:
        (added, skipped): the feeds written, as written; and each feed left out
        with the reason (already in the config, listed twice, not an http(s) URL).

    Raises:
        ConfigError: the config file is broken or cannot be written.
    """
    added, skipped = _add_feeds(path, feeds)
    return added, [(skip.feed, skip.reason) for skip in skipped]


def add_feeds_and_queries(
    path: Path | str, feeds: Sequence[FeedConfig], queries: Sequence[SavedQuery]
) -> tuple[list[FeedConfig], list[tuple[FeedConfig, str]], list[SavedQuery], list[tuple[SavedQuery, str]]]:
    """`add_feeds`, and `[[queries]]` entries too, in the same single write (an import
    adds both or neither). A query whose name is already in the config is skipped.

    Returns:
        (feeds added, feeds skipped with why, queries added, queries skipped with why).

    Raises:
        ConfigError: the config file is broken or cannot be written.
    """
    target = _target(path)
    ensure_config(target)
    with _locked(target):
        added, skipped, queries_added, queries_skipped = _add_feeds_locked(path, target, feeds, queries)
    return added, [(skip.feed, skip.reason) for skip in skipped], queries_added, queries_skipped


@dataclass(frozen=True, slots=True)
class _Skip:
    feed: FeedConfig
    reason: str
    line: int | None = None
    key: str | None = None
    error: str | None = None
    """The message for add_feed's ConfigError, which gives the line itself."""


def _add_feeds(path: Path | str, feeds: Sequence[FeedConfig]) -> tuple[list[FeedConfig], list[_Skip]]:
    target = _target(path)
    ensure_config(target)
    with _locked(target):
        added, skipped, _, _ = _add_feeds_locked(path, target, feeds)
        return added, skipped


def _add_feeds_locked(
    path: Path | str, target: Path, feeds: Sequence[FeedConfig], queries: Sequence[SavedQuery] = ()
) -> tuple[list[FeedConfig], list[_Skip], list[SavedQuery], list[tuple[SavedQuery, str]]]:
    source = _read(target)
    config = parse_config(source, path)
    lines: dict[KeyPath, int] | None = None  # scanned only if a duplicate needs its line
    seen = {normalize_url(feed.url): index for index, feed in enumerate(config.feeds)}
    batch: set[str] = set()
    added: list[FeedConfig] = []
    skipped: list[_Skip] = []
    for feed in feeds:
        problem = url_problem(feed.url)
        if problem:
            skipped.append(_Skip(feed, problem, key="url"))
            continue
        clean = clean_feed(feed)
        normal = normalize_url(clean.url)
        if normal in seen:
            where: KeyPath = ("feeds", seen[normal], "url")
            if lines is None:
                lines = locate_keys(source)
            line = line_of(lines, where)
            at = f" (line {line})" if line else ""
            existing = config.feeds[seen[normal]].url
            skipped.append(
                _Skip(
                    feed,
                    f"already in the config{at}" + (f" as {existing}" if existing != clean.url else ""),
                    line,
                    key_name(where),
                    error=f"{clean.url} is already in the config as {existing}",
                )
            )
        elif normal in batch:
            skipped.append(_Skip(feed, f"listed twice: {clean.url}", key="url"))
        else:
            batch.add(normal)
            added.append(clean)
    queries_added, queries_skipped = _new_queries(config, queries)
    if not added and not queries_added:
        return added, skipped, queries_added, queries_skipped
    expected = config.feeds + tuple(added)
    text: str | None = source
    if added:
        text = _insert_entries(source, [_entry_lines(feed) for feed in added])
        if text is None or not _feeds_are(text, path, expected):
            # The text insertion could not place the entry (feeds written as an inline
            # array, or a layout the line scan misread): let tomlkit do the edit.
            text = _tomlkit_edit(path, lambda: _tomlkit_append(source, added))
            if not _feeds_are(text, path, expected):
                raise ConfigError(path, "could not add the feeds without breaking the file; please add them by hand")
    assert text is not None
    if queries_added:
        with_feeds = text
        wanted = config.queries + tuple(queries_added)
        text = _insert_entries(with_feeds, [_query_lines(query) for query in queries_added], "queries")
        if text is None or not _queries_are(text, path, expected, wanted):
            text = _tomlkit_edit(path, lambda: _tomlkit_append_queries(with_feeds, queries_added))
            if not _queries_are(text, path, expected, wanted):
                raise ConfigError(
                    path, "could not add the saved searches without breaking the file; please add them by hand"
                )
    assert text is not None
    _write_atomic(target, text)
    return added, skipped, queries_added, queries_skipped


def _new_queries(
    config: Config, queries: Sequence[SavedQuery]
) -> tuple[list[SavedQuery], list[tuple[SavedQuery, str]]]:
    """The queries to add (names cleaned) and those skipped: name already in the config, or twice."""
    names = {query.name for query in config.queries}
    batch: set[str] = set()
    added: list[SavedQuery] = []
    skipped: list[tuple[SavedQuery, str]] = []
    for query in queries:
        name = one_line(query.name)
        if not name:
            skipped.append((query, "a saved search needs a name"))
        elif name in names:
            skipped.append((query, f"a saved search named {name!r} is already in the config"))
        elif name in batch:
            skipped.append((query, f"listed twice: {name!r}"))
        else:
            batch.add(name)
            added.append(replace(query, name=name))
    return added, skipped


def _query_lines(query: SavedQuery) -> list[str]:
    import tomlkit

    def text(value: str) -> str:
        # A literal string keeps a filter's backslashes readable, as the docs write them.
        if "'" not in value and value.isprintable():
            return tomlkit.string(value, literal=True).as_string()
        return tomlkit.string(value).as_string()

    lines = ["[[queries]]", f"name = {tomlkit.string(query.name).as_string()}"]
    if query.search:
        lines.append(f"search = {text(query.search)}")
    if query.unread:
        lines.append("unread = true")
    if query.tags:
        lines.append(f"tags = [{', '.join(tomlkit.string(tag).as_string() for tag in query.tags)}]")
    if query.feeds:
        lines.append(f"feeds = [{', '.join(tomlkit.string(url).as_string() for url in query.feeds)}]")
    if query.match_source is not None:
        lines.append(f"match = {text(query.match_source)}")
    return lines


def _tomlkit_append_queries(source: str, queries: Sequence[SavedQuery]) -> str:
    return _tomlkit_append_entries(source, "queries", [_query_dict(query) for query in queries])


def _query_dict(query: SavedQuery) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": query.name}
    if query.search:
        entry["search"] = query.search
    if query.unread:
        entry["unread"] = True
    if query.tags:
        entry["tags"] = list(query.tags)
    if query.feeds:
        entry["feeds"] = list(query.feeds)
    if query.match_source is not None:
        entry["match"] = query.match_source
    return entry


def _queries_are(text: str, path: Path | str, feeds: tuple[FeedConfig, ...], queries: tuple[SavedQuery, ...]) -> bool:
    try:
        result = parse_config(text, path)
    except ConfigError:
        return False
    return result.feeds == feeds and result.queries == queries


def set_theme(path: Path | str, name: str) -> None:
    """Set `[general].theme` to `name` in place (writing the starter config first if none).

    Raises:
        ConfigError: the name is empty, or the config is broken or cannot be written.
    """
    theme = one_line(name)
    if not theme:
        raise ConfigError(path, "a theme name must not be empty", key="general.theme")
    target = _target(path)
    ensure_config(target)
    with _locked(target):
        _set_theme_locked(path, target, theme)


def _set_theme_locked(path: Path | str, target: Path, theme: str) -> None:
    source = _read(target)
    config = parse_config(source, path)
    if config.general.theme == theme and "theme" in _general_table(source):
        return
    import tomlkit

    value = tomlkit.string(theme).as_string()
    text = _insert_theme(source, value)
    if text is None:
        # `theme` already set, or `general` written inline / as dotted keys:
        # tomlkit replaces the value and keeps the line's comment.
        def edit() -> str:
            document = tomlkit.parse(source)
            document.setdefault("general", tomlkit.table())["theme"] = theme
            return tomlkit.dumps(document)

        text = _tomlkit_edit(path, edit)
    result = parse_config(text, path)
    if result.general.theme != theme or result.feeds != config.feeds or result.keys != config.keys:
        raise ConfigError(path, "could not set the theme without breaking the file; please set it by hand")
    _write_atomic(target, text)


def remove_feed(path: Path | str, url: str) -> tuple[FeedConfig, int | None]:
    """Remove the `[[feeds]]` entry of `url` (compared as `normalize_url` does) in place.

    The entry's lines go (its sub-tables such as `[feeds.auth]` too); every other
    byte of the file stays, comments included (a comment above the entry stays:
    it may head a group of feeds).

    Returns:
        (the feed removed, the line its entry started on).

    Raises:
        ConfigError: the feed is not in the config, or the config is broken or
            cannot be written.
    """
    target = _target(path)
    with _locked(target):
        source = _read(target)
        config = parse_config(source, path)
        wanted = normalize_url(url)
        index = next((i for i, feed in enumerate(config.feeds) if normalize_url(feed.url) == wanted), None)
        if index is None:
            raise ConfigError(path, f"no feed {hide_password(url)} in the config", key="feeds")
        removed = config.feeds[index]
        # parse_config accepted every entry, so config.feeds[i] is the file's i-th [[feeds]].
        expected = config.feeds[:index] + config.feeds[index + 1 :]
        keys, _ = scan_toml(source)
        line = keys.get(("feeds", index))
        text = _cut_entry(source, index)
        if text is None or not _same_but_feeds(text, path, config, expected):
            text = _tomlkit_edit(path, lambda: _tomlkit_remove(source, index))
            if not _same_but_feeds(text, path, config, expected):
                raise ConfigError(
                    path, f"could not remove {hide_password(url)} without breaking the file; please remove it by hand"
                )
        _write_atomic(target, text)
    return removed, line


def _cut_entry(source: str, index: int) -> str | None:
    """`source` without the lines of the index-th `[[feeds]]` entry, or None when it is not a block of lines."""
    lines = source.splitlines(keepends=True)
    keys, headers = scan_toml(source)
    start = keys.get(("feeds", index))
    if start is None or start not in headers:
        return None  # an inline array of feeds: left to tomlkit
    # Header lines of the entry's own sub-tables ([feeds.auth], [feeds.headers]).
    own = {line for key, line in keys.items() if len(key) >= 3 and key[:2] == ("feeds", index) and line in headers}
    later = [line for line in headers if line > start and line not in own]
    end = (later[0] - 1) if later else len(lines)
    while end > start and _is_blank_or_comment(lines[end - 1]):
        end -= 1  # comments and blank lines before the next table belong to it
    before, after = lines[: start - 1], lines[end:]
    # One blank line where the entry was, not two.
    if after and not after[0].strip() and (not before or not before[-1].strip()):
        after = after[1:]
    return "".join(before + after)


def _tomlkit_remove(source: str, index: int) -> str:
    import tomlkit

    document = tomlkit.parse(source)
    del document["feeds"][index]
    return tomlkit.dumps(document)


def _same_but_feeds(text: str, path: Path | str, config: Config, feeds: tuple[FeedConfig, ...]) -> bool:
    try:
        result = parse_config(text, path)
    except ConfigError:
        return False
    return result.feeds == feeds and result.general == config.general and result.keys == config.keys


def clean_feed(feed: FeedConfig) -> FeedConfig:
    """The feed as it will be written: URL trimmed, title and tags one clean line each."""
    title = one_line(feed.title) if feed.title else None
    tags: list[str] = []
    for tag in feed.tags:
        clean = one_line(tag)
        if clean and clean not in tags:
            tags.append(clean)
    site = feed.site_url.strip() if feed.site_url and url_problem(feed.site_url) is None else None
    return FeedConfig(url=feed.url.strip(), title=title or None, tags=tuple(tags), site_url=site)


# --------------------------------------------------------------------------- text edits


def _entry_lines(feed: FeedConfig) -> list[str]:
    import tomlkit

    lines = ["[[feeds]]", f"url = {tomlkit.string(feed.url).as_string()}"]
    if feed.title:
        lines.append(f"title = {tomlkit.string(feed.title).as_string()}")
    if feed.tags:
        tags = ", ".join(tomlkit.string(tag).as_string() for tag in feed.tags)
        lines.append(f"tags = [{tags}]")
    if feed.site_url:
        lines.append(f"site_url = {tomlkit.string(feed.site_url).as_string()}")
    return lines


def _insert_entries(source: str, entries: Sequence[Sequence[str]], table: str = "feeds") -> str | None:
    """Insert `[[table]]` entries (each given as its lines) after the last existing one, or at the end of the file."""
    newline = "\r\n" if "\r\n" in source else "\n"
    lines = source.splitlines(keepends=True)
    keys, headers = scan_toml(source)
    count = sum(1 for key in keys if len(key) == 2 and key[0] == table and isinstance(key[1], int))
    if (table,) in keys and not count:
        return None  # `feeds = [...]` inline: not something to append a header to
    at = len(lines)
    if count:
        start = keys[(table, count - 1)]
        later = [line for line in headers if line > start]
        end = (later[0] - 1) if later else len(lines)  # 1-based last line of the entry's block
        # Stop after the entry's last key line: comments and blank lines before the
        # next table belong to that table.
        while end > start and _is_blank_or_comment(lines[end - 1]):
            end -= 1
        at = end
    before = "".join(lines[:at])
    after = "".join(lines[at:])
    if before and not before.endswith("\n"):
        before += newline
    blocks = [newline.join(entry) + newline for entry in entries]
    block = newline.join(blocks)
    if before.strip():
        block = newline + block
    if after and not after.startswith(("\n", "\r\n")):
        block += newline
    return before + block + after


def _tomlkit_edit(path: Path | str, edit: Callable[[], str]) -> str:
    """Run a tomlkit edit. Its parser is stricter than tomllib (it refuses values nested
    over 100 levels, and recurses), so a file tomllib read may still fail here."""
    from tomlkit.exceptions import TOMLKitError

    try:
        return edit()
    except RecursionError:
        raise ConfigError(path, "nested too deeply for newstui to edit; please make this change by hand") from None
    except TOMLKitError as error:
        raise ConfigError(path, f"cannot edit this file ({error}); please make this change by hand") from None


def _tomlkit_append(source: str, feeds: Sequence[FeedConfig]) -> str:
    return _tomlkit_append_entries(source, "feeds", [_as_dict(feed) for feed in feeds])


def _tomlkit_append_entries(source: str, name: str, entries: Sequence[dict[str, Any]]) -> str:
    """`source` with `entries` appended to its array `name` by tomlkit: inline tables when the
    file writes that array inline, else `[[name]]` tables (the array made if missing)."""
    import tomlkit

    document = tomlkit.parse(source)
    existing = document.get(name)
    if existing is not None and isinstance(existing, tomlkit.items.Array):
        for entry in entries:
            inline = tomlkit.inline_table()
            inline.update(entry)
            existing.append(inline)
    else:
        array = existing if existing is not None else tomlkit.aot()
        for entry in entries:
            table = tomlkit.table()
            table.update(entry)
            array.append(table)
        if existing is None:
            document.append(name, array)
    return tomlkit.dumps(document)


def _insert_theme(source: str, value: str) -> str | None:
    """Add a `theme = …` line to the `[general]` table, or a `[general]` table.

    Returns None when this is a job for tomlkit: the theme is already set, or
    `general` is not written as a `[general]` table.
    """
    newline = "\r\n" if "\r\n" in source else "\n"
    lines = source.splitlines(keepends=True)
    keys, headers = scan_toml(source)
    entry = f"theme = {value}{newline}"
    if ("general", "theme") in keys:
        return None
    if ("general",) not in keys:
        return _insert_general(source, lines, headers, newline, entry)
    start = keys[("general",)]
    if start not in headers:
        return None
    later = [line for line in headers if line > start]
    end = (later[0] - 1) if later else len(lines)
    at = start  # 1-based line after which to insert: the header, by default
    for number in range(start + 1, end + 1):
        text = lines[number - 1].strip()
        if _COMMENTED_THEME.match(text):
            at = number  # right under the commented-out default, as a user would
            break
        if text and not text.startswith("#"):
            at = number
    before = "".join(lines[:at])
    if not before.endswith("\n"):
        before += newline
    return before + entry + "".join(lines[at:])


_COMMENTED_THEME = re.compile(r"#\s*theme\s*=")


def _insert_general(source: str, lines: list[str], headers: list[int], newline: str, entry: str) -> str:
    """Put a new `[general]` table before the first table of the file (or at its end)."""
    block = f"[general]{newline}{entry}"
    if not headers:
        text = source
        if text and not text.endswith("\n"):
            text += newline
        return text + (newline if text.strip() else "") + block
    at = headers[0] - 1
    # Keep a comment block that sits right above the first table with that table.
    while at > 0 and lines[at - 1].lstrip().startswith("#"):
        at -= 1
    return "".join(lines[:at]) + block + newline + "".join(lines[at:])


def _as_dict(feed: FeedConfig) -> dict[str, Any]:
    entry: dict[str, Any] = {"url": feed.url}
    if feed.title:
        entry["title"] = feed.title
    if feed.tags:
        entry["tags"] = list(feed.tags)
    if feed.site_url:
        entry["site_url"] = feed.site_url
    return entry


def _is_blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _general_table(source: str) -> set[str]:
    return {str(key[1]) for key in locate_keys(source) if len(key) == 2 and key[0] == "general"}


def _feeds_are(text: str, path: Path | str, expected: tuple[FeedConfig, ...]) -> bool:
    try:
        return parse_config(text, path).feeds == expected
    except ConfigError:
        return False


# --------------------------------------------------------------------------- files


def _target(path: Path | str) -> Path:
    """The real file behind `path`: a symlinked config (dotfiles) is edited, not replaced."""
    return Path(os.path.realpath(path))


LOCK_TIMEOUT_SECONDS = 5.0
"""Longest wait for another newstui's edit of the config file to finish."""
_LOCK_POLL_SECONDS = 0.05


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the config file for a read-modify-write.

    The app (saving a theme) and `newstui add` from a shell may edit at the same
    moment; without the lock one edit would silently undo the other. The file
    itself is locked, so no lock file is left behind; as every edit replaces the
    file, a writer that got the lock on a file since replaced tries again.
    A lock still held after LOCK_TIMEOUT_SECONDS (another newstui stuck, or a
    program holding the lock for ever) is a ConfigError rather than a hang.
    Where there is no flock (Windows), edits are not locked.
    """
    try:
        import fcntl  # noqa: F401 - only asks whether flock exists; _flock_until uses it
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    deadline = time.monotonic() + LOCK_TIMEOUT_SECONDS
    for _ in range(100):
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError as error:
            raise ConfigError(path, f"cannot open: {error.strerror or error}") from None
        try:
            _flock_until(fd, path, deadline)
            try:
                current = os.stat(path).st_ino
            except FileNotFoundError:
                current = None
            if current == os.fstat(fd).st_ino:
                yield
                return
        finally:
            os.close(fd)  # closing releases the lock
    raise ConfigError(path, "the file keeps being replaced by another program; try again")


def _flock_until(fd: int, path: Path, deadline: float) -> None:
    """Take an exclusive flock on `fd`, polling (flock itself cannot time out) until `deadline`."""
    import fcntl

    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        except OSError as error:
            raise ConfigError(path, f"cannot lock: {error.strerror or error}") from None
        if time.monotonic() >= deadline:
            raise ConfigError(
                path,
                f"another newstui is editing {path} (still locked after {LOCK_TIMEOUT_SECONDS:g} s); "
                "try again when it is done",
            )
        time.sleep(_LOCK_POLL_SECONDS)


def _read(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ConfigError(path, f"cannot read: {error.strerror or error}") from None
    try:
        # Without a byte-order mark: lines are found by what they begin with; the new file has none.
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise ConfigError(path, "not UTF-8 text (TOML files must be UTF-8)", line=line) from None


def _remove_left_behind(path: Path) -> None:
    """Delete the new files of edits killed before their rename (`.NAME.PID.tmp`).

    Every edit writes its file under the lock of the config file as it is (`_locked`),
    which this one holds until its own rename: any other such file belongs to a process
    that died. Call before writing this edit's file. Without flock (Windows) edits are
    not locked, and another's file may be in use: nothing is deleted there.
    """
    try:
        import fcntl  # noqa: F401 - only asks whether edits are locked
    except ImportError:  # pragma: no cover - Windows
        return
    for left in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            left.unlink()


def _write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` so a crash leaves either the old or the new file.

    A file without write permission is not replaced (the rename would let the edit
    through, as only the directory's mode counts for it): `chmod a-w` means "leave it".
    """
    # The mode too: root (sudo) passes access(2) whatever the mode says.
    if path.exists() and (not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222):
        owner = owner_note(path)
        if owner:  # chmod is the owner's to run, not the user's
            raise ConfigError(path, f"{path} is read-only{owner}")
        raise ConfigError(path, f"{path} is read-only; make it writable (chmod u+w) to let newstui edit it")
    # Before writing ours: once renamed, the new file is free for the next edit to lock.
    _remove_left_behind(path)
    temporary = temporary_beside(path)
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644
        write_synced(temporary, text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS) and not os.access(path.parent, os.W_OK):
            raise ConfigError(
                path,
                f"cannot write: {path.parent} is read-only{owner_note(path.parent)} (an edit writes the new file "
                "next to the old one, then renames it); make the directory writable",
            ) from None
        raise ConfigError(path, f"cannot write: {error.strerror or error}") from None
