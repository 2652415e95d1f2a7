"""One refresh at a time per database, whoever runs it: `newstui refresh` (cron, by hand)
or the app's R, r and timer.

Two refreshes at once would fetch every feed (and page) twice, which is rude to the
servers newstui shares with newsboat and does nothing for the reader. Each refresh
holds a lock on `DATABASE.refresh-lock` for its duration; a second one, in any process,
is told who holds it and fetches nothing. The try never waits: the app asks from a
worker, but even there a refresh must not queue behind another one.

The lock is a POSIX record lock (fcntl.lockf), never on the database file itself:
closing another descriptor of it would drop SQLite's locks. Such a lock belongs to the
process alone, so forked parse workers never hold it (one still exiting never blocks
the next refresh), and the system drops it when the process ends, even by kill -9. As
record locks do not exclude threads of one process, a set of the databases this
process is refreshing does that (and keeps a second descriptor of the lock file from
being opened and closed, which would drop the process's lock). Where the file cannot
be made (or without fcntl) a refresh runs unlocked, as before.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from newstui.errors import NewstuiError

_in_this_process: set[Path] = set()
_guard = threading.Lock()


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a database's refresh lock: a process id, when the lock file names one."""

    pid: int | None

    def __str__(self) -> str:
        return "another process" if self.pid is None else f"pid {self.pid}"

    @property
    def process(self) -> str:
        """"process N" (or "another process"), for a sentence."""
        return "another process" if self.pid is None else f"process {self.pid}"


class RefreshRunning(NewstuiError):
    """A refresh of this database is already running; this one fetched nothing."""

    def __init__(self, database: Path, holder: LockHolder) -> None:
        self.database = database
        self.holder = holder
        super().__init__(f"a refresh is already running ({holder.process})")


def lock_path(database: Path) -> Path:
    """The lock file of `database`: `DATABASE.refresh-lock`, beside it."""
    return database.with_name(database.name + ".refresh-lock")


@contextmanager
def refresh_lock(database: Path) -> Iterator[LockHolder | None]:
    """Hold the refresh lock of `database` for the block, without waiting for it.

    Yields None when this block holds it (it is released when the block ends), or who
    holds it: then the block must not refresh.
    """
    key = Path(os.path.abspath(database))
    with _guard:
        mine = key not in _in_this_process
        if mine:
            _in_this_process.add(key)
    if not mine:
        yield LockHolder(os.getpid())
        return
    try:
        with _file_lock(key) as holder:
            yield holder
    finally:
        with _guard:
            _in_this_process.discard(key)


@contextmanager
def _file_lock(database: Path) -> Iterator[LockHolder | None]:
    try:
        import fcntl
    except ImportError:  # not POSIX
        yield None
        return
    try:
        handle = open(lock_path(database), "a+", encoding="utf-8")  # noqa: SIM115 - held for the block, closed below
    except OSError:
        yield None
        return
    with handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno not in (errno.EACCES, errno.EAGAIN):  # a file system without locks
                yield None
                return
            handle.seek(0)
            said = handle.read(40).strip()
            yield LockHolder(int(said) if said.isdigit() else None)
            return
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
        except OSError:  # a full disk: the pid only names the holder to a second refresh
            pass
        yield None  # released when the handle closes
