"""An open of the cache that connected to the old file just before `recover` swapped the
fresh one in. Version 22's locks make an open that connects after the swap wait for it; one
that connected before is not held by them (they are on the fresh cache and the old -wal's
name). Such a Store recorded the identity of the path (to refuse writes to a file replaced
since, `_check_still_there`) after connecting, so it recorded the fresh cache's while its
connection was on the old file: its bookmark went into the file set aside, shown as saved,
and was missing from the cache at the path. Forced: the opener stops between connecting and
recording until recover has finished."""

from __future__ import annotations

from pathlib import Path

from newstui.store.recover import recover
from recover_helpers import (
    bookmarked_and_read,
    racing_cache,
    spawn_python,
    wait_for_signal,
)

# Opens the cache, stops after its setup (connected, checked, in WAL) until told, then bookmarks `key`.
_OPENER = """
import sys, time
from pathlib import Path
from newstui.errors import StoreError
from newstui.store import Store
from newstui.store.connection import StoreBase

db, key, signals = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
real_setup = StoreBase._setup

def setup_then_wait(self, notice=None):
    real_setup(self, notice)
    (signals / "connected").touch()
    while not (signals / "go").exists():
        time.sleep(0.01)

StoreBase._setup = setup_then_wait
store = Store.open(db)
item = store.run(lambda conn: conn.execute("SELECT id FROM items WHERE key = ?", (key,)).fetchone()[0])
try:
    store.set_bookmarked(item, True)
except StoreError as error:
    print("refused:", error)
else:
    print("saved")
store.close()
"""


def test_an_open_connected_before_recover_swapped_never_shows_a_lost_bookmark_as_saved(tmp_path: Path) -> None:
    db, key, signals = racing_cache(tmp_path)
    opener = spawn_python(_OPENER, db, key, signals)
    try:
        assert wait_for_signal(signals / "connected", 300), opener.stderr.read() if opener.poll() is not None else ""
        result = recover(db, force=True)
        assert result is not None and result.aside is not None
        (signals / "go").touch()
        out, err = opener.communicate(timeout=300)
    finally:
        if opener.poll() is None:
            opener.kill()
            opener.wait()
    assert opener.returncode == 0, err
    bookmarked, _ = bookmarked_and_read(db)
    # Either the bookmark is in the cache the path holds, or the reader was told it was not saved.
    if "saved" in out.split():
        assert key in bookmarked, "shown as saved, but it went into the file set aside"
    else:
        assert "refused:" in out and "replaced" in out, out
    assert "g:small-1" in bookmarked
