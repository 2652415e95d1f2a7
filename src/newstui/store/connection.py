"""The Store's connection: opening (read-write or read-only), WAL, the header and
schema checks, the lock, SQLite errors turned into StoreError, and write transactions.

`StoreBase` holds one connection opened with `check_same_thread=False` and a lock;
every public Store method is wrapped by `guarded`, so a Store can be handed
between threads (calls are serialised). The mixins in `reads` and `writes`
subclass it; `newstui.store.Store` puts them together.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ParamSpec, Self, TypeVar
from urllib.parse import quote

from newstui.config.filters import FilterSet, sql_has
from newstui.errors import StoreError
from newstui.store import damage
from newstui.store.codec import valid_utf8
from newstui.store.recover import PARTIAL
from newstui.store.schema import (
    BUSY_TIMEOUT_MS,
    SCHEMA_VERSION,
    SchemaTooOld,
    check_header,
    inspect,
    migrate,
)
from newstui.store.schema import (
    read_only_reason as _read_only_reason,
)

P = ParamSpec("P")
R = TypeVar("R")

CHUNK = 500
"""Ids per `IN (...)` list, well under SQLite's variable limit."""

T = TypeVar("T")


def in_chunks(values: Iterable[T], size: int = CHUNK) -> Iterator[tuple[list[T], str]]:
    """The values in runs of at most `size`, each with its `?,?,…` placeholders.

    SQLite caps the parameters of one statement, so an `IN (…)` over a long
    list of ids runs once per run: `for chunk, marks in in_chunks(ids): … IN ({marks}) …`.
    """
    ordered = list(values)
    for start in range(0, len(ordered), size):
        chunk = ordered[start : start + size]
        yield chunk, ",".join("?" * len(chunk))


def busy_seconds() -> float:
    """How long a write waits for another process's write lock (BUSY_TIMEOUT_MS), in seconds."""
    return BUSY_TIMEOUT_MS / 1000


def _open_error(path: Path, error: sqlite3.Error) -> StoreError:
    """What "unable to open database file" means here: a read-only place, or something else."""
    reason = _read_only_reason(path)
    if reason is not None:
        return StoreError(path, f"cannot write the database: {reason}")
    return StoreError(path, f"cannot open the database: {error}")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A `mode=ro` connection, or StoreError saying why there cannot be one.

    A WAL database is read through its -shm file, which SQLite must create when it
    is missing. In a directory we cannot write that fails; only on a read-only
    file system (where no writer can exist), or on a full disk with no log to read
    (where no writer can add one), is the file opened as immutable.
    """
    if not path.exists():
        raise StoreError(path, "there is no database here yet")
    base = _uri(path)
    try:
        conn = sqlite3.connect(
            base, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as error:
        if not os.access(path, os.R_OK):
            raise StoreError(path, "cannot read the database: the file is not readable") from error
        raise StoreError(path, f"cannot read the database: {error}") from error
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as error:
        # Without a -shm it may create, SQLite says "unable to open" or (3.22+,
        # SQLITE_READONLY_CANTINIT) "attempt to write a readonly database"; on a full
        # disk, where the -shm cannot grow, "disk I/O error".
        code = damage.primary_code(error)
        no_room = code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL)
        if "unable to open" not in str(error) and "readonly" not in str(error) and not no_room:
            return conn  # _setup's checks report it in their usual words
        conn.close()
        wal = _log(path)

        def immutable() -> sqlite3.Connection:
            """The file read alone, as a file nobody can change (no -shm, no log)."""
            return sqlite3.connect(base + "&immutable=1", uri=True, isolation_level=None, check_same_thread=False)

        if no_room:
            # A full disk must not keep the user from reading their cache. With no log
            # (or an empty one) every commit is in the file itself, and no writer can
            # add one without room: the file alone is the whole database.
            if not wal.exists() or wal.stat().st_size == 0:
                return immutable()
            raise StoreError(
                path,
                f"cannot read the database: the disk is full ({_free_space(path)}), and SQLite needs room "
                f"for {path.name}-shm to read it; free some space",
            ) from error
        if _on_read_only_file_system(path) and not wal.exists():
            return immutable()
        raise StoreError(
            path,
            f"cannot read the database: {path.parent} is read-only, and SQLite must create "
            f"{path.name}-shm there to read it; make the directory writable",
        ) from error
    return conn


def _uri(path: Path, *options: str) -> str:
    return "file:" + quote(str(path.absolute()), safe="/") + "?" + "&".join(("mode=ro", *options))


def _has_log(path: Path) -> bool:
    """Whether the database has a -wal holding commits not yet in the file itself."""
    try:
        return _log(path).stat().st_size > 0
    except OSError:
        return False


def _checked(conn: sqlite3.Connection, path: Path) -> None:
    """The header and schema checks of `_setup`, read-only, in one read transaction."""
    check_header(conn, path)
    conn.execute("BEGIN")
    try:
        inspect(conn, path)
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def _check_through_read_only(path: Path) -> None:
    """Before a writable open of a database with a -wal: run the checks on a read-only
    connection, which never checkpoints, so a file refused is not written to.

    SQLite cannot tell a -wal that belongs to another database (a backup restored next
    to a log left by a crash, a file copied in by mistake): it reads the log's pages as
    the file's, and the last writable connection to close copies them into the file.
    When a read-only connection cannot be had (a -shm it may not create), the usual
    open goes on and says what is wrong in its own words.
    """
    if not path.exists() or not _has_log(path):
        return
    try:
        conn = sqlite3.connect(_uri(path), uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _checked(conn, path)
    except StoreError as error:
        raise _blame_the_log(path, error) from error
    except sqlite3.DatabaseError as error:
        # Only what the file holds is refused here; a busy, locked or unreadable file is
        # left to the usual open, which says so in its own words.
        if damage.primary_code(error) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise _blame_the_log(path, _corrupted(path, str(error))) from error
    finally:
        conn.close()


def _beside(path: Path, suffix: str) -> Path:
    """The -wal or -shm (`suffix`) SQLite keeps for the database at `path`: beside the file
    a symlinked path leads to, as SQLite resolves the links before naming them."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + suffix)


def _log(path: Path) -> Path:
    return _beside(path, "-wal")


_NOT_ITS_OWN = ("not an SQLite database", "not a newstui database", "the cache is corrupted")
"""How the errors begin that a -wal of another database causes (never "written by a newer
newstui": a newer newstui's upgrade may sit in the cache's own log after a crash)."""


def _corrupted(path: Path, text: str) -> StoreError:
    return damage.damaged(path, text)


def _blame_the_log(path: Path, error: StoreError) -> StoreError:
    """`error`, or a StoreError naming the -wal when the file read alone passes the checks
    that the file read with its -wal failed as foreign or corrupted: the log is not its own."""
    if not error.message.startswith(_NOT_ITS_OWN) or not _has_log(path):
        return error
    try:
        alone = sqlite3.connect(_uri(path, "immutable=1"), uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return error
    try:
        _checked(alone, path)
    except (StoreError, sqlite3.Error):
        return error
    finally:
        alone.close()
    log = _log(path)
    return StoreError(
        path,
        f"{log} is not this cache's log: read with it, the cache is not one ({error.message.split(';')[0]}); "
        f"both were left untouched: move {log.name} aside to open the cache as it was last written whole",
    )


@contextmanager
def swap_lock(log: Path, seconds: float) -> Iterator[bool]:
    """Hold the lock on the old -wal at `log` while `recover` swaps a fresh cache in, or while
    an open drops the old -wal's name a killed recover left (`_drop_recover_leftovers`),
    waiting up to `seconds` for it.

    Only those two remove the old log's name beside the cache. Each looks at the log and
    removes it by name; without a lock between the two, a process could look, be overtaken by
    another that removed the name, opened the cache and made a new -wal of its own (with a
    commit in it), then remove that new -wal by name, and the commit with it. Both hold this
    lock across looking and removing, so the look is still true when the name goes.

    A `flock` on the old log's inode (reached by its name beside the cache or by its aside
    name), never a POSIX record lock: closing a descriptor drops the process's record locks on
    that file; SQLite's are on the cache and its -shm, not on the -wal, so neither disturbs
    the other. The system drops it when the process ends, even by kill -9.

    Yields True while held, where there are no such locks (Windows, a file system without
    flock: unlocked, as before), or when there is no file at `log` (no old log: nothing to
    drop or hold; callers look at the file again inside); False only when another process
    held the lock all that time.
    """
    try:
        import fcntl
    except ImportError:  # no flock (Windows): unlocked, as before
        yield True
        return
    try:
        handle = open(log, "rb")  # noqa: SIM115 - held across the caller's block
    except FileNotFoundError:
        yield True
        return
    except OSError:  # unreadable: the callers' own checks say what is wrong
        yield False
        return
    with handle:
        deadline = time.monotonic() + seconds
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    yield False
                    return
                time.sleep(0.02)
            except OSError:  # a file system without flock: unlocked, as before
                yield True
                return
        yield True  # closing the handle releases the lock


def _drop_recover_leftovers(path: Path) -> None:
    """Drop the old -wal's name (and the -shm's) that a `newstui recover` killed at its last
    step left beside the fresh cache: it gives the old files their aside names as second
    links, puts the fresh cache in place, then removes the old names. The old log, read with
    the fresh file, would make it look corrupted; it is kept whole under its aside name, and
    its commits are in the fresh cache. Only a -wal that is a second link of an aside file's
    -wal (`NAME.corrupted-*-wal`, same inode) beside a file that is not that aside file is
    dropped: one stat when there is a -wal."""
    log = _log(path)
    try:
        stats = os.stat(log)
    except OSError:
        return
    if stats.st_nlink < 2:
        return
    # By the name of the file a symlinked path leads to: recover sets that file aside.
    name = log.name.removesuffix("-wal")
    for aside in log.parent.glob(f"{glob.escape(name)}.corrupted-*-wal"):
        old_file = aside.with_name(aside.name.removesuffix("-wal"))
        if _identity(aside) == (stats.st_dev, stats.st_ino) and _identity(old_file) != _identity(path):
            # (Killed before the fresh cache took the path, the old file is still there: its own log.)
            # Under the lock a recover swapping holds, and looked at again: another open may
            # have dropped it, opened the cache and made a -wal of its own meanwhile, which a
            # removal by name would delete with its commits (`swap_lock`).
            with swap_lock(aside, busy_seconds()) as locked:
                leftover = _identity(log) == (stats.st_dev, stats.st_ino) and _identity(old_file) != _identity(path)
                if locked and leftover:
                    with contextlib.suppress(OSError):  # a read-only directory: the usual check says what to do
                        log.unlink()
                        _beside(path, "-shm").unlink(missing_ok=True)
            return


def _stranded_recovery(path: Path) -> str | None:
    """What to do when there is no cache at `path` but a `newstui recover` was stopped (kill -9,
    a power cut) between moving the corrupted cache aside and putting its fresh cache in: as
    it must on a file system without hard links. Made anew, an empty cache would hide every
    bookmark the fresh one holds (the next cron refresh would make it). None when the path
    has a file, or no recover's fresh cache waits beside it.

    An old -wal and -shm still at the path belong to the corrupted file moved aside (recover
    moves them after it): they are given its aside names, as recover would have, or SQLite
    would read them as the log of whatever file next takes the path.
    """
    real = Path(os.path.realpath(path))  # recover works on the file a symlink leads to
    if real.exists():
        return None
    # Only a whole one: a recover killed while writing it left it under its partial name.
    # (By its end: the cache's own name may hold ".partial".)
    fresh = _newest(f for f in real.parent.glob(f".{glob.escape(real.name)}.recover-*") if not _partial(f))
    aside = _newest(real.parent.glob(f"{glob.escape(real.name)}.corrupted-*"))
    if fresh is None or aside is None:
        return None
    # Under the lock a live recover holds on the old log while it moves the files.
    with swap_lock(_log(real), busy_seconds()):
        if real.exists() or not fresh.exists():
            return None
        for suffix in ("-wal", "-shm"):
            moved = Path(f"{aside}{suffix}")
            if not moved.exists():
                with contextlib.suppress(OSError):
                    os.replace(_beside(real, suffix), moved)
    return (
        f"there is no cache here, but `newstui recover` was stopped while putting its fresh cache in place: "
        f"move {fresh} to {real} to use it (the corrupted one is kept as {aside}); "
        f"or delete {fresh} to start an empty cache"
    )


def _partial(file: Path) -> bool:
    """A fresh cache recover is still writing (`.NAME.recover-PID.partial`), or one of its sides."""
    return file.name.removesuffix("-journal").removesuffix("-wal").removesuffix("-shm").endswith(PARTIAL)


def _newest(files: Iterable[Path]) -> Path | None:
    """The most recently written of these database files (not their -wal, -shm or -journal),
    or None; a file gone meanwhile is passed over."""
    dated: list[tuple[float, Path]] = []
    for file in files:
        if file.name.endswith(("-wal", "-shm", "-journal")):
            continue
        with contextlib.suppress(OSError):
            dated.append((file.stat().st_mtime, file))
    return max(dated)[1] if dated else None


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at `path`, or None when there is none."""
    try:
        stats = os.stat(path)
    except OSError:
        return None
    return stats.st_dev, stats.st_ino


def _not_a_file_place(path: Path) -> str | None:
    """What makes `path` no place for a database file: it is a directory, or one of
    the directories it should be in is a file ("X is a file, not a directory"). Else None.

    Said before SQLite's "unable to open database file" or a mkdir error can say less
    (or blame a read-only directory that is not one).
    """
    if path.is_dir():
        return f"{path} is a directory, not a database file"
    parent = path.parent
    while parent != parent.parent and not parent.exists():
        parent = parent.parent
    if parent.exists() and not parent.is_dir():
        return f"{parent} is a file, not a directory"
    return None


def _free_space(path: Path) -> str:
    """'N MB free in DIR', or 'free space unknown' (for a disk-full message)."""
    try:
        stats = os.statvfs(path.parent)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return "free space unknown"
    return f"{stats.f_bavail * stats.f_frsize / 1_000_000:.1f} MB free in {path.parent}"


def _on_read_only_file_system(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def guarded(method: Callable[P, R]) -> Callable[P, R]:
    """Run a Store method under the Store's lock, turning SQLite errors into StoreError."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        store = args[0]
        assert isinstance(store, StoreBase)
        with store._lock:
            try:
                return method(*args, **kwargs)
            except sqlite3.Error as error:
                raise store._error(error) from error
            except UnicodeEncodeError as error:
                raise StoreError(store.path, f"text that is not valid Unicode cannot be stored: {error}") from error

    return wrapper


class StoreBase:
    """The connection and its plumbing, shared by the Store's mixins.

    Open with `Store.open(path)`; close with `close()`.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        """Opened with `read_only=True`: every write raises StoreError."""
        self._lock = threading.RLock()
        self._filter_set: FilterSet | None = None
        self._patterns: list[re.Pattern[str]] = []
        self._pattern_ids: dict[re.Pattern[str], int] = {}
        self._functions = False
        self._identity: dict[Path, tuple[int, int]] = {}
        """(device, inode) of the file, and of its -wal and -shm when they were there, when
        opened: a write checks each path still leads to the same file (`_check_still_there`)."""

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, notice: Callable[[str], object] | None = None) -> Self:
        """Open (creating or migrating) the database at `path`.

        Args:
            path: The database file.
            read_only: Open with SQLite's `mode=ro`: nothing is created, migrated or
                switched, and every write fails. The file must exist and be at the
                current schema (else `SchemaTooOld`).
            notice: called with a line to show before a schema upgrade that takes a
                while (`schema.migration_notice`), so a command does not seem to hang.

        Raises StoreError naming the file when it is not an SQLite database, is
        corrupted, belongs to another application or to a newer newstui, or
        cannot be written (a read-only file or directory). Such a file is never
        written to.
        """
        path = Path(path)
        misplaced = _not_a_file_place(path)
        if misplaced is not None:
            raise StoreError(path, f"cannot open the database: {misplaced}")
        _drop_recover_leftovers(path)
        if (stranded := _stranded_recovery(path)) is not None:
            raise StoreError(path, stranded)
        # The file's identity before connecting: one taken after could be that of a file
        # put at the path meanwhile (`newstui recover`'s swap) while the connection is on
        # the old one, and writes into the file set aside would pass for saved.
        connected_to = _identity(path)
        if read_only:
            conn = _connect_read_only(path)
        else:
            # Checked before any writable connection exists: closing one checkpoints the
            # -wal into the file, and a -wal that is not the file's own would overwrite it.
            _check_through_read_only(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                reason = _read_only_reason(path)
                if reason is not None:
                    raise StoreError(path, f"cannot write the database: {reason}") from error
                raise StoreError(path, f"cannot create the database directory: {error.strerror or error}") from error
            try:
                conn = sqlite3.connect(
                    path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
                )
            except sqlite3.Error as error:
                raise _open_error(path, error) from error
        store = cls(conn, path, read_only=read_only)
        try:
            store._setup(notice)
        except StoreError as error:
            conn.close()
            blamed = _blame_the_log(path, error) if read_only else error
            if blamed is error:
                raise
            raise blamed from error
        except BaseException:
            conn.close()
            raise
        if not read_only:
            for file in (path, _log(path), _beside(path, "-shm")):
                if (found := _identity(file)) is not None:
                    store._identity[file] = found
            if connected_to is not None:
                store._identity[path] = connected_to
        return store

    def _setup(self, notice: Callable[[str], object] | None = None) -> None:
        conn = self._conn
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            # The header check goes through SQLite, never open(): closing any other
            # descriptor of the file would drop this process's SQLite locks (POSIX),
            # and another process would then delete the -wal we still write to.
            check_header(conn, self.path)
            # Read-only checks first: nothing is written to a file we may not own.
            # One read transaction, so the header fields come from one snapshot even
            # while another process is migrating a new file.
            conn.execute("BEGIN")
            try:
                version = inspect(conn, self.path)
            finally:
                if conn.in_transaction:  # SQLite ends it itself on some errors
                    conn.execute("COMMIT")
            if self.read_only:
                if version < SCHEMA_VERSION:
                    raise SchemaTooOld(
                        self.path,
                        f"its schema (version {version}) needs an upgrade to version {SCHEMA_VERSION}, "
                        "which a read-only open does not do; run `newstui refresh` once with write access",
                    )
            else:
                self._use_wal()
                if version < SCHEMA_VERSION:
                    migrate(conn, self.path, notice=notice)
                # NORMAL is safe in WAL mode: a killed process loses nothing committed.
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA cache_size = -16000")
        except sqlite3.Error as error:
            raise self._error(error) from error

    def _use_wal(self) -> None:
        """Switch the file to WAL, waiting out other processes doing the same.

        Changing the journal mode needs the file to itself, and SQLite answers
        "locked" at once instead of using the busy timeout; so retry, and stop as
        soon as another process has made the switch.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                if self._conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self._conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if ("locked" not in str(error) and "busy" not in str(error)) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _error(self, error: sqlite3.Error) -> StoreError:
        text = str(error)
        if "readonly" in text or "read-only" in text:
            if self.read_only:
                return StoreError(self.path, "the database was opened read-only; this change was not saved")
            reason = _read_only_reason(self.path) or "the file or its directory is read-only"
            return StoreError(self.path, f"cannot write the database: {reason}")
        if "locked" in text or "busy" in text:
            return StoreError(self.path, f"the database stayed busy (another newstui is writing?): {text}")
        code = getattr(error, "sqlite_errorcode", None)
        if (code is not None and code & 0xFF == sqlite3.SQLITE_FULL) or "disk is full" in text:
            return StoreError(
                self.path,
                f"cannot write the database: the disk is full ({_free_space(self.path)}); nothing saved "
                "before was lost",
            )
        if (code is not None and code & 0xFF == sqlite3.SQLITE_IOERR) or "disk I/O error" in text:
            return StoreError(
                self.path,
                f"cannot write the database: {text} (is the disk full, failing or gone? {_free_space(self.path)}); "
                "nothing saved before was lost",
            )
        if damage.is_damage(error):
            # Every Store of this process on the file stops writing to it (damage.refused).
            return damage.met(self.path, text)
        if "unable to open" in text:
            return _open_error(self.path, error)
        return StoreError(self.path, f"database error: {text}")

    @guarded
    def check_whole(self) -> None:
        """Read every page once (`PRAGMA quick_check`): CacheDamaged when one is damaged. For
        commands about to delete or rewrite many rows (`gc`): writes through a damaged index
        could spread the damage, and VACUUM would meet it only after they were committed."""
        damage.quick_check(self._conn, self.path)

    @guarded
    def sync_every_commit(self) -> None:
        """Make each commit of this Store durable against a power cut, not only a crash.

        In WAL mode `synchronous = NORMAL` (the default here) syncs the log at checkpoints:
        a killed process loses nothing committed, but a power cut may lose the last
        commits. FULL syncs the log at every commit: for the user's own changes (one
        small commit per key press), not for a refresh's bulk writes.
        """
        if not self.read_only:
            self._conn.execute("PRAGMA synchronous = FULL")

    @guarded
    def wait_for_lock(self, seconds: float) -> None:
        """How long the next writes wait for another process's write lock (SQLite's busy
        timeout; `busy_seconds()` when opened) before failing with "stayed busy"."""
        self._conn.execute(f"PRAGMA busy_timeout = {max(1, int(seconds * 1000))}")

    def close(self) -> None:
        """Close the connection. The Store cannot be used afterwards."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_still_there(self) -> None:
        """Refuse a write when the file, its -wal or its -shm was deleted or replaced since
        the Store opened it (one stat each per transaction).

        SQLite goes on writing to the files it opened, deleted or not: a bookmark saved into
        a cache whose directory was removed (or over which a backup was restored) would show
        as saved and be gone when newstui quits. While a connection is open SQLite itself
        never deletes the -wal or the -shm; when another program does, the next process makes
        new ones and no longer sees this one's commits, which a checkpoint then discards.
        """
        for file, identity in self._identity.items():
            if _identity(file) != identity:
                raise StoreError(
                    self.path,
                    f"{file} was deleted or replaced while newstui had it open; this change was not saved: "
                    "quit newstui and start it again",
                )

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; IMMEDIATE so the wait for the other writer happens up front."""
        conn = self._conn
        self._check_still_there()
        # A damaged file gets no more writes: one through a damaged page could spread it.
        if (damaged := damage.refused(self.path)) is not None:
            raise damaged
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Looked at again once the lock is held: `newstui recover` holds it across its
            # swap, so a write that waited for it would go into the file set aside.
            self._check_still_there()
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error:
            # A COMMIT that failed may leave the transaction open (SQLite ends it itself
            # only on some errors): end it, or every later write of this Store would fail.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    # -- feeds -----------------------------------------------------------------

    def _feed_id(self, url: str) -> int | None:
        """A feed's id by URL (or by a URL it had before a permanent redirect)."""
        url = valid_utf8(url)
        row = self._conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
        if row is None:
            row = self._conn.execute("SELECT feed_id FROM feed_aliases WHERE old_url = ?", (url,)).fetchone()
        return None if row is None else int(row[0])

    # -- access for modules with tables of their own (quote_index) ---------------------

    @guarded
    def run(self, read: Callable[[sqlite3.Connection], R]) -> R:
        """Call `read(connection)` under the Store's lock (SQLite errors become StoreError)."""
        return read(self._conn)

    @guarded
    def run_write(self, write: Callable[[sqlite3.Connection], R]) -> R:
        """Call `write(connection)` inside one write transaction."""
        with self._write() as conn:
            return write(conn)

    # -- SQL functions of filter expressions (rules and saved searches) ------------------

    def _sql_functions(self) -> None:
        """Register the SQL functions filter expressions compile to (once per connection)."""
        if self._functions:
            return
        patterns = self._patterns

        def regexp(index: int, text: str | None) -> int:
            # The text is already cut to the field's limit by the SQL (filters.FIELD_LIMIT).
            return 0 if text is None else int(patterns[index].search(text) is not None)

        self._conn.create_function("newstui_re", 2, regexp, deterministic=True)
        self._conn.create_function("newstui_has", 2, sql_has, deterministic=True)
        self._functions = True

    def _pattern_id(self, pattern: re.Pattern[str]) -> int:
        index = self._pattern_ids.get(pattern)
        if index is None:
            index = self._pattern_ids[pattern] = len(self._patterns)
            self._patterns.append(pattern)
        return index
