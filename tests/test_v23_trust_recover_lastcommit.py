"""A commit made to the old cache in the instant between `newstui recover`'s last look at it
and its swap is never lost: it is either in the cache at the path afterwards, or the writer is
told it was not saved (and recover, when the commit came first, says the cache changed).

Before, recover looked at the old file one last time (under its locks on the fresh cache and
the old log), then gave the old files their aside names and put the fresh cache in. A reader
left running could commit a bookmark between the two: it showed as saved, and was only in the
file set aside. Recover now holds the old file's own write lock from its last look until the
fresh cache has the path, and a write checks the file is still the one it opened once it holds
that lock.

Real processes on real files; recover stops at its swap until told to go on (files are the
signals), so the interleaving is forced, not hoped for.
"""

from __future__ import annotations

from pathlib import Path

from recover_helpers import (
    WAIT_FOR_SIGNAL_CODE,
    bookmarked_and_read,
    racing_cache,
    spawn_python,
    wait_for_signal,
)

# Opens the cache at once (a reader left running), bookmarks one item when told, writes what
# happened ("saved" or the error) to a file, and dies without closing.
_READER = (
    WAIT_FOR_SIGNAL_CODE
    + """
import sys
import newstui.store.connection
from newstui.errors import StoreError
from newstui.store import Store
# A write waits for recover's lock as long as the test holds recover at its swap: on a loaded
# machine the reader's usual 15 s would end in "stayed busy", an outcome of the timing only.
newstui.store.connection.BUSY_TIMEOUT_MS = 600_000
db, key, signals = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
store = Store.open(db)
item_id = store.run(lambda conn: conn.execute("SELECT id FROM items WHERE key = ?", (key,)).fetchone()[0])
(signals / "opened").touch()
wait_for(signals / "bookmark")
(signals / "writing").touch()
try:
    store.set_bookmarked(item_id, True)
    outcome = "saved"
except StoreError as error:
    outcome = "refused: " + str(error)
(signals / "outcome.tmp").write_text(outcome)
os.replace(signals / "outcome.tmp", signals / "outcome")
wait_for(signals / "die")
os._exit(0)
"""
)

# Recover, stopping as the old files are given their aside names (the swap's first step).
_RECOVER_STOPPING_AT_SWAP = (
    WAIT_FOR_SIGNAL_CODE
    + """
import sys
from newstui.errors import StoreError
from newstui.store.recover import recover
db, signals = Path(sys.argv[1]), Path(sys.argv[2])
real_link = os.link

def link(source, target, *args, **kwargs):
    if os.path.realpath(source) == os.path.realpath(db) and not (signals / "swapping").exists():
        (signals / "swapping").touch()
        wait_for(signals / "go")
    return real_link(source, target, *args, **kwargs)

os.link = link
try:
    recover(db, force=True)
    print("recovered")
except StoreError as error:
    print("refused:", error)
"""
)


def test_a_bookmark_committed_as_recover_swaps_is_kept_or_said_unsaved(tmp_path: Path) -> None:
    db, key, signals = racing_cache(tmp_path)
    reader = spawn_python(_READER, db, key, signals)
    recovering = None
    try:
        assert wait_for_signal(signals / "opened", 300), reader.stderr.read() if reader.poll() is not None else ""
        recovering = spawn_python(_RECOVER_STOPPING_AT_SWAP, db, signals)
        assert wait_for_signal(signals / "swapping", 300), (
            recovering.stderr.read() if recovering.poll() is not None else ""
        )
        (signals / "bookmark").touch()
        assert wait_for_signal(signals / "writing", 300), reader.stderr.read() if reader.poll() is not None else ""
        # Where the write is made to wait for recover's lock, this ends unanswered: that is the fix.
        # Either way the outcome is checked below, never how long it took: a reader slower than
        # this wait writes after the swap, and must then be told its change was not saved.
        wait_for_signal(signals / "outcome", 8)
        (signals / "go").touch()
        out, err = recovering.communicate(timeout=300)
        assert recovering.returncode == 0, err
        assert out.startswith(("recovered", "refused:")), out
        assert wait_for_signal(signals / "outcome", 300), reader.stderr.read() if reader.poll() is not None else ""
        outcome = (signals / "outcome").read_text()
        (signals / "die").touch()
        reader.communicate(timeout=300)
    finally:
        for child in (reader, recovering):
            if child is not None and child.poll() is None:
                child.kill()
                child.wait()
    bookmarked, _ = bookmarked_and_read(db)
    assert "g:small-1" in bookmarked  # the bookmark that was in the old log
    if outcome == "saved":
        assert key in bookmarked, (out, outcome)
    else:
        assert "not saved" in outcome, outcome
