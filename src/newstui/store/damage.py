"""A cache damaged mid-file (a page overwritten by a disk fault or a bad copy): what is said,
and how the process stops writing to it once any of its connections has met the damage.

SQLite finds damage only where a query reads the damaged page: a list, a count, a write
that passes through it. Whoever meets it first, every Store of this process on the same
file refuses its writes from then on (`refused`), with the same words, so a refresh's
batches fail as one line and the app's keys say why they saved nothing. What the file
still holds is saved by `newstui recover` (`store.recover`), which only reads it.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from newstui.errors import StoreError

RECOVER_HINT = (
    "nothing more is saved to it; quit newstui, then run `newstui recover` to save what it still holds "
    "into a fresh cache (the corrupted file is kept beside it)"
)
"""What to do, said with every damage error (the sqlite3 shell is often not installed)."""


class CacheDamaged(StoreError):
    """A part of the cache file cannot be read: SQLite said it is malformed (SQLITE_CORRUPT)."""


_lock = threading.Lock()
_met: dict[str, CacheDamaged] = {}
"""The first damage error met in this process, by the file's real path."""
_listeners: dict[int, tuple[str, Callable[[CacheDamaged], object]]] = {}
_next_listener = 0


def _key(path: str | Path) -> str:
    return os.path.realpath(path)


def primary_code(error: BaseException) -> int:
    """SQLite's primary result code of an sqlite3 error (SQLITE_BUSY, SQLITE_CORRUPT, …); 0 when it gives none."""
    return (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF


def is_damage(error: BaseException) -> bool:
    """Whether an sqlite3 error says the file's content is damaged (not locked, full or read-only)."""
    if not isinstance(error, sqlite3.DatabaseError) or isinstance(
        error, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)
    ):
        return False
    code = primary_code(error)
    if code:
        # SQLite's code decides: its words alone would take an ordinary error ("malformed
        # JSON" from a stored value) for a damaged file.
        return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(error)
    return "malformed" in text or "corrupt" in text


def damaged(path: str | Path, what: str) -> CacheDamaged:
    """The error saying the cache at `path` is damaged (`what`: SQLite's words), and what to do."""
    return CacheDamaged(path, f"the cache is corrupted: a part of the file cannot be read ({what}); {RECOVER_HINT}")


def met(path: str | Path, what: str) -> CacheDamaged:
    """Record that a connection of this process met damage in the cache at `path`: the first
    time, tell the listeners (`on_damage`). Returns the error to raise (always the first one's
    words, so one damage reads as one line however many calls meet it)."""
    with _lock:
        first = _met.get(_key(path))
        if first is not None:
            return CacheDamaged(path, first.message)
        error = _met[_key(path)] = damaged(path, what)
        listeners = [callback for watched, callback in _listeners.values() if watched == _key(path)]
    for callback in listeners:
        callback(error)
    return CacheDamaged(path, error.message)


def refused(path: str | Path) -> CacheDamaged | None:
    """The error a write to the cache at `path` must fail with, or None when no connection of
    this process has met damage in it."""
    with _lock:
        first = _met.get(_key(path))
    return None if first is None else CacheDamaged(path, first.message)


def forget(path: str | Path) -> None:
    """Forget the damage met in the cache at `path` (`newstui recover` put a sound one there)."""
    with _lock:
        _met.pop(_key(path), None)


def on_damage(path: str | Path, callback: Callable[[CacheDamaged], object]) -> Callable[[], None]:
    """Call `callback(error)` (from the thread that met it) the first time damage is met in the
    cache at `path`. Returns the function that stops the calls."""
    global _next_listener
    with _lock:
        token = _next_listener
        _next_listener += 1
        _listeners[token] = (_key(path), callback)

    def stop() -> None:
        with _lock:
            _listeners.pop(token, None)

    return stop


def quick_check(conn: sqlite3.Connection, path: str | Path) -> None:
    """Read the whole file once (`PRAGMA quick_check`, about 0.1 s for 40 MB) and raise
    CacheDamaged when a page is damaged: for commands about to delete or rewrite many rows."""
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            raise met(path, str(error)) from error
        raise
    if rows != [("ok",)]:
        raise met(path, f"quick_check: {rows[0][0] if rows else 'no answer'}")
