"""Review of the trust work (v25): the folder of the inode locks (hard links of one cache)
must be the same for every process of the user, and the user's own.

- A refresh run under another user that keeps XDG_RUNTIME_DIR (sudo, su) made `newstui` there,
  owned by itself; the owner's refreshes then found that folder not theirs and took no inode
  lock at all.
- Without a runtime directory the folder went in TMPDIR, which a terminal and a cron job do
  not share (macOS gives each login its own): the app and the job each took their own lock.

Real files, real locks, real processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_helpers import refresh_lock_held
from newstui.feeds.refresh_lock import refresh_lock


@pytest.fixture
def linked(tmp_path: Path) -> Iterator[Path]:
    """A database file with a second name; its inode lock file is removed afterwards."""
    db = tmp_path / "a" / "news.db"
    db.parent.mkdir()
    db.write_bytes(b"")
    os.link(db, tmp_path / "news-link.db")
    yield db
    status = os.stat(db)
    (Path("/tmp") / f"newstui-{os.getuid()}" / f"refresh-lock-{status.st_dev}-{status.st_ino}").unlink(missing_ok=True)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown a folder")
def test_a_runtime_directory_of_another_user_is_left_alone(
    tmp_path: Path, linked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = tmp_path / "run-user-4242"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 4242, 4242)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(theirs))
    with refresh_lock(linked) as other:
        assert other is None
        assert list(theirs.iterdir()) == []  # nothing made in another user's folder


_TRY = """
import sys
from pathlib import Path
from newstui.feeds.refresh_lock import refresh_lock
with refresh_lock(Path(sys.argv[1])) as other:
    print("refused" if other is not None else "taken")
"""


@pytest.mark.skipif(os.path.isdir(f"/run/user/{os.getuid()}"), reason="a runtime directory exists here")
def test_two_processes_with_their_own_tmpdir_share_the_inode_lock(tmp_path: Path, linked: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    (tmp_path / "t1").mkdir()
    (tmp_path / "t2").mkdir()
    with refresh_lock_held(linked, tmp_path, env={**env, "TMPDIR": str(tmp_path / "t1")}):
        other = subprocess.run(
            [sys.executable, "-c", _TRY, str(tmp_path / "news-link.db")],
            env={**env, "TMPDIR": str(tmp_path / "t2")},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert other.stdout.strip() == "refused", other.stdout + other.stderr
