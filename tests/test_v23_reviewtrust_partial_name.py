"""A cache whose own file name holds ".partial" (`news.partial.db`) still has its stranded
fresh cache offered.

Version 23 names the file recover is still writing `.NAME.recover-PID.partial` and has an open
of a missing cache pass over such files. It passed over every file whose name held ".partial"
anywhere, the cache's own name included: with the cache named so, a recover stopped mid-swap
(the path empty, the whole fresh cache beside it) was never named, and the next newstui made an
empty cache, hiding every bookmark the fresh one held.
"""

from __future__ import annotations

import os
from pathlib import Path

from cli_helpers import newstui
from damage_helpers import build_cache, config_for


def test_a_stranded_fresh_cache_is_offered_for_a_cache_named_partial(tmp_path: Path) -> None:
    from newstui.store.recover import recover

    place = tmp_path / "cache"
    place.mkdir()
    db = place / "news.partial.db"
    build_cache(db)
    first = recover(db, force=True)  # its aside file stays beside the cache
    assert first is not None and first.aside is not None
    whole = place / ".news.partial.db.recover-1"
    os.replace(db, whole)  # as a swap stopped without hard links leaves it
    config = config_for(tmp_path / "config.toml")
    listed = newstui("--config", str(config), "--db", str(db), "list", "--bookmarked", cwd=place)
    assert "Traceback" not in listed.stderr
    assert listed.returncode != 0 and f"move {whole} to {db}" in listed.stderr, (listed.returncode, listed.stderr)
    assert not db.exists()  # no empty cache made in its place
