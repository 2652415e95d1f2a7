"""A fresh cache that `newstui recover` was killed while writing is never offered as a cache.

An open of a cache that is not there, beside a recover's fresh file and an aside file, says a
recover was stopped mid-swap and names the fresh file to move in (on a file system without hard
links the path is empty in that window). A recover killed while still copying rows (kill -9)
left its half-written `.NAME.recover-PID`; beside the aside file of an earlier recover, the
next open of a deleted cache named that partial file as the one to move in: moved in, it was a
cache missing most of what the user saved. Recover now writes into `.NAME.recover-PID.partial`
and gives the file its name only once it is whole and checked.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from cli_helpers import newstui
from damage_helpers import build_cache, config_for
from recover_helpers import WAIT_FOR_SIGNAL_CODE, wait_for_signal

# Recover, stopping mid-copy (the rows saved, the lost ones not yet looked for) until killed.
_RECOVER_STOPPING_MID_COPY = (
    WAIT_FOR_SIGNAL_CODE
    + """
import sys
from newstui.store import recover as recovering
db, signals = Path(sys.argv[1]), Path(sys.argv[2])

def stop(*args, **kwargs):
    (signals / "copying").touch()
    wait_for(signals / "never")

recovering._keep_lost_items = stop
recovering.recover(db, force=True)
"""
)


def _killed_mid_copy(db: Path, signals: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _RECOVER_STOPPING_MID_COPY, str(db), str(signals)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert wait_for_signal(signals / "copying", 300), child.stderr.read() if child.poll() is not None else ""
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=300)


def test_a_recover_killed_mid_copy_is_not_offered_as_the_cache(tmp_path: Path) -> None:
    from newstui.store.recover import recover

    place = tmp_path / "cache"
    place.mkdir()
    db = place / "news.db"
    build_cache(db)
    first = recover(db, force=True)  # an earlier recover: its aside file stays beside the cache
    assert first is not None and first.aside is not None and first.aside.exists()
    signals = tmp_path / "signals"
    signals.mkdir()
    _killed_mid_copy(db, signals)
    left = [p for p in place.iterdir() if p.name.startswith(".news.db.recover-")]
    assert left, sorted(p.name for p in place.iterdir())  # the half-written file is still there
    # The user starts over: the cache is deleted (its aside file and the leftover stay).
    for file in place.glob("news.db"):
        os.unlink(file)
    config = config_for(tmp_path / "config.toml")
    listed = newstui("--config", str(config), "--db", str(db), "list", "--bookmarked", cwd=place)
    assert "Traceback" not in listed.stderr
    for partial in left:
        assert partial.name not in listed.stderr, listed.stderr
    assert listed.returncode == 0, listed.stderr
    assert db.exists()  # a new cache, as for any deleted one


def test_a_whole_fresh_cache_is_still_offered_beside_a_partial_one(tmp_path: Path) -> None:
    # A recover stopped mid-swap on a file system without hard links left the whole fresh file
    # and no cache at the path; a later recover's half-written file does not hide it.
    from newstui.store.recover import recover

    place = tmp_path / "cache"
    place.mkdir()
    db = place / "news.db"
    build_cache(db)
    first = recover(db, force=True)
    assert first is not None and first.aside is not None
    signals = tmp_path / "signals"
    signals.mkdir()
    _killed_mid_copy(db, signals)
    whole = place / ".news.db.recover-1"
    os.replace(db, whole)  # as the stopped swap leaves it: the fresh cache beside an empty path
    config = config_for(tmp_path / "config.toml")
    listed = newstui("--config", str(config), "--db", str(db), "list", "--bookmarked", cwd=place)
    assert listed.returncode != 0 and "Traceback" not in listed.stderr
    assert f"move {whole} to {db}" in listed.stderr, listed.stderr
