"""`newstui recover --force` on a sound cache rebuilds it; its report called the sound cache
"corrupted (SQLite's check says: nothing …)"."""

from __future__ import annotations

from pathlib import Path

from damage_helpers import build_cache
from recover_helpers import run_recover


def test_a_forced_rebuild_of_a_sound_cache_does_not_call_it_corrupted(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    build_cache(db)
    done = run_recover(db, tmp_path, "--force")
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert "corrupted" not in first, first
    assert "finds nothing wrong" in first and "--force" in first, first
    assert "Saved into a fresh cache" in done.stdout
    assert "The old file is kept as" in done.stdout
