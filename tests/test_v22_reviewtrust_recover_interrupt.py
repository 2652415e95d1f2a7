"""A `newstui recover` interrupted (Ctrl-C: a real SIGINT) during its swap on a file system
without hard links. There it moves the old files aside before the fresh cache takes the path;
interrupted between the two, the path has no cache. Version 22 wrapped the swap in a
`try/except BaseException` that removes the fresh cache "still there when the swap did not
happen": it removed it although the old file had already left the path, so the recovered
cache was gone and the next newstui made an empty one (every bookmark seemed gone). A kill -9
at that step keeps it (the next open says which file to move); Ctrl-C must too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from cli_helpers import newstui
from damage_helpers import config_for
from recover_helpers import bookmarked_and_read, cache_with_a_logged_bookmark

# os.link fails (no hard links); a real SIGINT arrives as the fresh cache is about to take the path.
_INTERRUPTED = """
import errno, os, signal, sys
from pathlib import Path
from newstui.store.recover import recover

def no_links(*args, **kwargs):
    raise OSError(errno.EPERM, "Operation not permitted")

os.link = no_links
real_replace = os.replace

def replace(source, target, *args, **kwargs):
    if ".recover-" in os.fspath(source):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, delivered before the rename
    return real_replace(source, target, *args, **kwargs)

os.replace = replace
# Python installs its Ctrl-C handler only where SIGINT is not ignored: a test run started in the
# background of a shell without job control (`pytest &` in a script) passes SIGINT ignored to
# this child, and the SIGINT above would do nothing. Ctrl-C in a terminal is this handler.
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    recover(Path(sys.argv[1]), force=True)
except KeyboardInterrupt:
    print("interrupted")
    sys.exit(130)
print("finished")
"""


def test_recover_interrupted_mid_swap_without_hard_links_keeps_the_fresh_cache(tmp_path: Path) -> None:
    source, wal, _ = cache_with_a_logged_bookmark(tmp_path)
    saved = bookmarked_and_read(source)
    assert "g:small-1" in saved[0] and saved[1]
    place = tmp_path / "run"
    place.mkdir()
    db = place / "news.db"
    shutil.copy(source, db)
    shutil.copy(wal, f"{db}-wal")
    child = subprocess.run([sys.executable, "-c", _INTERRUPTED, str(db)], capture_output=True, text=True, timeout=300)
    assert "interrupted" in child.stdout, (child.stdout, child.stderr)
    assert not db.exists()  # interrupted in the window: the old file aside, the fresh one not yet in
    fresh = list(place.glob(".news.db.recover-*"))
    # The recovered cache is kept beside the path, as after a kill -9 at that step ...
    assert [f.name for f in fresh if not f.name.endswith(("-wal", "-shm", "-journal"))], sorted(
        p.name for p in place.iterdir()
    )
    # ... and the next newstui makes no empty cache but says which file to move.
    config = config_for(tmp_path / "config.toml")
    listed = newstui("--config", str(config), "--db", str(db), "list", "--bookmarked", cwd=place)
    assert listed.returncode != 0 and "recover" in listed.stderr, listed.stderr
    assert "Traceback" not in listed.stderr
    assert not db.exists()
    (kept,) = (f for f in fresh if not f.name.endswith(("-wal", "-shm", "-journal")))
    os.replace(kept, db)  # as the message says
    assert bookmarked_and_read(db) == saved
