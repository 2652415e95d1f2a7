"""Review of the trust work (v25): the inode lock's folder goes only in a runtime directory
that is the user's own.

A refresh run under another user that keeps XDG_RUNTIME_DIR (sudo, su) made `newstui` there,
owned by itself; the owner's refreshes then found that folder not theirs and took no inode
lock at all (two hard links of one cache refreshed at once again). Real files and a real
lock; needs root to make a folder another user owns.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newstui.feeds.refresh_lock import refresh_lock


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown a folder")
def test_a_runtime_directory_of_another_user_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    theirs = tmp_path / "run-user-4242"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 4242, 4242)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(theirs))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # TMPDIR is read again
    db = tmp_path / "a" / "news.db"
    db.parent.mkdir()
    db.write_bytes(b"")
    os.link(db, tmp_path / "news-link.db")
    with refresh_lock(db) as other:
        assert other is None
        assert list(theirs.iterdir()) == []  # nothing made in another user's folder
        locks = list((tmp_path / "tmp" / f"newstui-{os.getuid()}").iterdir())
        assert [p.name.startswith("refresh-lock-") for p in locks] == [True]
