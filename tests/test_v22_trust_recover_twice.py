"""Two `newstui recover` at once (a cron job and the user, or a second terminal) never set aside
a cache the other one put in place.

Each recover checked that the old file took no commit while it was read, but not that the
file at the path was still the one it read: the first to finish put its fresh cache in, the
reader wrote a bookmark into it, and the second then moved that fresh cache aside under a
`.corrupted-*` name and put its own (made from the old file, without the bookmark) in its
place. Now the file at the path must still be the one read, checked under the swap's lock.
In one process: the other recover's swap is made to happen just before this one's."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from damage_helpers import build_cache
from newstui.errors import StoreError
from newstui.store import recover as recover_module
from recover_helpers import bookmarked_and_read


def test_a_recover_finding_another_cache_at_the_path_moves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "news.db"
    build_cache(db)
    # What the other recover put in place, with a bookmark the reader made since.
    other = tmp_path / "other.db"
    shutil.copy(db, other)
    import sqlite3

    conn = sqlite3.connect(other)
    conn.execute("UPDATE items SET bookmarked = 1 WHERE key = 'g:small-2'")
    conn.commit()
    conn.close()
    expected = bookmarked_and_read(other)
    real_aside_path = recover_module.aside_path

    def the_other_recover_finishes_first(path: Path, when: float | None = None) -> Path:
        if other.exists():
            os.replace(other, db)
        return real_aside_path(path, when)

    monkeypatch.setattr(recover_module, "aside_path", the_other_recover_finishes_first)
    with pytest.raises(StoreError, match="nothing was moved"):
        recover_module.recover(db, force=True)
    assert bookmarked_and_read(db) == expected
    assert not list(tmp_path.glob("news.db.corrupted-*"))
    assert not list(tmp_path.glob(".news.db.recover-*"))
