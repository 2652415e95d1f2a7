"""The lock on an old -wal while `recover` swaps a fresh cache in, or while an open drops
the old -wal's name a killed recover left (`connection._drop_recover_leftovers`).

Only those two remove the old log's name beside the cache. Each looks at the log and removes
it by name; without a lock between the two, a process could look, be overtaken by another
that removed the name, opened the cache and made a new -wal of its own (with a commit in it),
then remove that new -wal by name, and the commit with it. Both now hold this lock across
looking and removing, so the look is still true when the name goes.

It is a `flock` on the old log's inode (reached by its name beside the cache or by its aside
name), never a POSIX record lock: closing a descriptor drops the process's record locks on
that file, and SQLite's are on the cache and its -shm, not on the -wal, so neither disturbs
the other. The system drops it when the process ends, even by kill -9. Without fcntl
(Windows) nothing is locked, as before.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def held(log: Path, seconds: float) -> Iterator[bool]:
    """Hold the lock on the file at `log` for the block, waiting up to `seconds` for it.

    Yields True while held, where there are no such locks, or when there is no file at `log`
    (no old log: nothing to drop, nothing to hold; callers look at the file again inside);
    False only when another process held the lock all that time.
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
