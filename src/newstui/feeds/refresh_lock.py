"""One refresh at a time per database, whoever runs it: `newstui refresh` (cron, by hand)
or the app's R, r and timer.

Two refreshes at once would fetch every feed (and page) twice, which is rude to the
servers newstui shares with newsboat and does nothing for the reader. Each refresh
holds a lock on `DATABASE.refresh-lock` for its duration; a second one, in any process,
is told who holds it and fetches nothing. The try never waits: the app asks from a
worker, but even there a refresh must not queue behind another one.

The app fetches the pages of the new items after its refresh, in a pass of its own
(`service.Library.fetch_new_articles`); that pass holds the lock too (role
"articles"), or a `newstui refresh` started meanwhile would retry the same items
still without an article and fetch their pages a second time. That refresh is told
what holds the lock ("pid N, fetching the new items' pages") and fetches nothing; the
app's pass ends within `article_deadline` (10 × timeout_seconds). An app pass that
finds another process's refresh running fetches nothing either: that refresh's own
article pass retries recent items without an article. The app's own refresh holds it
as "app", not "refresh", so a cron `newstui refresh` refused meanwhile names the reader
app, not another `newstui refresh`.

The lock is a POSIX record lock (fcntl.lockf), never on the database file itself:
closing another descriptor of it would drop SQLite's locks. Such a lock belongs to the
process alone, so forked parse workers never hold it (one still exiting never blocks
the next refresh), and the system drops it when the process ends, even by kill -9. As
record locks do not exclude threads of one process, a table of the databases this
process holds does that (and keeps a second descriptor of the lock file from being
opened and closed, which would drop the process's lock). Where the file cannot
be made (or without fcntl) a refresh runs unlocked, as before.

A database file with hard links has several names, each with its own lock file beside it:
a cron line naming one link and the app another took a lock each, and both refreshed. Such a
file is locked by its inode as well, in a lock file named after it (device and inode) in the
user's runtime directory, which every name of the file leads to.
"""

from __future__ import annotations

import errno
import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO

from newstui.errors import NewstuiError

LockRole = Literal["refresh", "app", "articles"]
"""What holds the lock: a refresh of the feeds (with, in `newstui refresh`, its article
pass), the reader app's refresh of the feeds, or the app's article pass after it."""

REFRESH_ROLES: tuple[LockRole, ...] = ("refresh", "app")
"""The roles that fetch the feeds: one of them at a time, even within one process."""

_ROLE_WORDS: dict[str, str] = {
    "refresh": "",
    "app": "the reader app",
    "articles": "fetching the new items' pages",
}


@dataclass
class _Held:
    """This process's hold on one database's lock: the roles holding it, and the open lock
    files (none when running unlocked) that are closed, releasing it, when the last one ends."""

    roles: list[LockRole]
    handles: list[TextIO]


_held: dict[object, _Held] = {}
_guard = threading.Lock()


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a database's refresh lock: a process id, when the lock file names one, and
    what it is doing, when it says (a refresh, or the app's article pass)."""

    pid: int | None
    role: LockRole = "refresh"

    def __str__(self) -> str:
        return self._named("pid")

    @property
    def process(self) -> str:
        """ "process N" (or "another process"), and what it is doing unless refreshing, for a sentence."""
        return self._named("process")

    def _named(self, noun: str) -> str:
        who = "another process" if self.pid is None else f"{noun} {self.pid}"
        doing = _ROLE_WORDS.get(self.role, "")
        return f"{who}, {doing}" if doing else who


class RefreshRunning(NewstuiError):
    """A refresh of this database is already running; this one fetched nothing."""

    def __init__(self, database: Path, holder: LockHolder) -> None:
        self.database = database
        self.holder = holder
        super().__init__(f"a refresh is already running ({holder.process})")


def lock_path(database: Path) -> Path:
    """The lock file of `database`: `DATABASE.refresh-lock`, beside it (beside the file a
    symlink leads to: `refresh_lock` passes the real path)."""
    return database.with_name(database.name + ".refresh-lock")


@contextmanager
def refresh_lock(database: Path, role: LockRole = "refresh") -> Iterator[LockHolder | None]:
    """Hold the refresh lock of `database` for the block, without waiting for it.

    Yields None when this block holds it (it is released when the block ends), or who
    holds it: then the block must not fetch.

    Between processes the lock is exclusive, whatever the role. Within one process (the
    app) a second refresh is refused, but its article pass and a refresh (the timer's,
    the user's R) may overlap: they fetch different URLs (feeds, and the pages of items an
    earlier refresh stored), so the process keeps the lock until the last of them ends.
    """
    # The file the path leads to: a cache named through a symlink by one process (a cron
    # line) and by its real path by another (the app) is one database, with one lock.
    real = Path(os.path.realpath(database))
    linked = _inode(real)
    key: object = linked or real  # hard links: one file, one key
    with _guard:
        held = _held.get(key)
        if held is not None:
            if role in REFRESH_ROLES and (running := _refreshing(held.roles)) is not None:
                refused: LockHolder | None = LockHolder(os.getpid(), running)
            else:
                refused = None
                held.roles.append(role)
                _say(held)
        else:
            handles, refused = _take_file_locks(real, linked)
            if refused is None:
                held = _held[key] = _Held([role], handles)
                _say(held)
    if refused is not None:
        yield refused
        return
    assert held is not None
    try:
        yield None
    finally:
        with _guard:
            held.roles.remove(role)
            if not held.roles:
                del _held[key]
                for handle in held.handles:
                    handle.close()  # releases the record lock
            else:
                _say(held)


def _refreshing(roles: list[LockRole]) -> LockRole | None:
    """The role among these that refreshes the feeds ("refresh" or "app"), or None."""
    return next((role for role in roles if role in REFRESH_ROLES), None)


def _doing(roles: list[LockRole]) -> LockRole:
    """What a process holding the lock in these roles is doing, as the lock file says it:
    a refresh of the feeds whenever one runs, else the article pass."""
    return _refreshing(roles) or "articles"


def _say(held: _Held) -> None:
    """Write "PID ROLE" into the held lock file, so another process is told what this one
    is doing now (the roles change while the lock is held: a refresh joins the article
    pass, or ends before it)."""
    for handle in held.handles:
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()} {_doing(held.roles)}")
            handle.flush()
        except OSError:  # a full disk: the pid only names the holder to a second refresh
            pass


def _take_file_locks(database: Path, linked: tuple[int, int] | None) -> tuple[list[TextIO], LockHolder | None]:
    """(the open lock files, None) when this process now holds the lock of `database` (beside
    it, and when it has hard links, `linked`, its inode's too; no files where locks cannot be
    had: the refresh runs unlocked, as before), or ([], who holds it)."""
    handles: list[TextIO] = []
    paths = [lock_path(database)]
    if linked is not None and os.name == "posix" and (folder := _inode_locks_dir()) is not None:
        paths.append(folder / f"refresh-lock-{linked[0]}-{linked[1]}")
    for path in paths:
        handle, refused = _take_file_lock(path)
        if refused is not None:
            for taken in handles:
                taken.close()
            return [], refused
        if handle is not None:
            handles.append(handle)
    return handles, None


def _take_file_lock(path: Path) -> tuple[TextIO | None, LockHolder | None]:
    """(the open lock file `path`, None) when this process now holds its lock (the file is None
    where locks cannot be had), or (None, who holds it)."""
    try:
        import fcntl
    except ImportError:  # not POSIX
        return None, None
    try:
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held until released
    except OSError:
        return None, None
    try:
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        try:
            if error.errno not in (errno.EACCES, errno.EAGAIN):  # a file system without locks
                return None, None
            handle.seek(0)
            return None, _holder(handle.read(80))
        finally:
            handle.close()
    return handle, None


def _inode(database: Path) -> tuple[int, int] | None:
    """(device, inode) of `database` when it has hard links (more than one name), else None."""
    try:
        status = os.stat(database)
    except OSError:
        return None
    return (status.st_dev, status.st_ino) if status.st_nlink > 1 else None


def _inode_locks_dir() -> Path | None:
    """The folder of the inode lock files: `newstui` in the user's runtime directory
    (XDG_RUNTIME_DIR, else /run/user/UID, which a cron job without that variable shares
    with the app), else in /tmp, as `newstui-UID`; None when none can be made or it is not
    this user's own.

    A runtime directory is used only when it is this user's: a command run under another
    user (sudo keeps XDG_RUNTIME_DIR) made its folder there, owned by that user, and the
    owner's own refreshes then found a folder not theirs and ran without the inode lock.
    """
    uid = os.getuid()
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{uid}"
    # Else /tmp itself, not TMPDIR: a terminal's TMPDIR (macOS gives each login its own) is
    # not a cron job's, and the app and the job must find one lock.
    folder = Path(runtime) / "newstui" if _own_folder(runtime, uid) else Path("/tmp") / f"newstui-{uid}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        status = os.lstat(folder)
    except OSError:
        return None
    # Not a link, and ours: another user's folder in a shared /tmp must not hold our locks.
    if not stat.S_ISDIR(status.st_mode) or status.st_uid != uid:
        return None
    return folder


def _own_folder(path: str, uid: int) -> bool:
    """Whether `path` leads to a folder that user `uid` owns."""
    try:
        status = os.stat(path)
    except OSError:
        return False
    return stat.S_ISDIR(status.st_mode) and status.st_uid == uid


def _holder(said: str) -> LockHolder:
    """Who the lock file names: "PID ROLE" (an older newstui wrote the pid alone)."""
    words = said.split()
    pid = int(words[0]) if words and words[0].isdigit() else None
    said_role = words[1] if len(words) > 1 else "refresh"
    role: LockRole = "articles" if said_role == "articles" else "app" if said_role == "app" else "refresh"
    return LockHolder(pid, role)
