"""The refresh lock names what its holder is doing now: when the app's refresh joins its
article pass and the pass ends first, another process is told a refresh is running, not
a page fetch that has ended (and the reverse). Real lock files, a second real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newstui.feeds.refresh_lock import refresh_lock

PROBE = """
import sys
from pathlib import Path
from newstui.feeds.refresh_lock import refresh_lock
with refresh_lock(Path(sys.argv[1])) as other:
    print("free" if other is None else other.role)
"""


def holder_seen_from_another_process(db: Path) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE, str(db)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_lock_says_refresh_once_only_the_refresh_holds_it(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with refresh_lock(db, "articles") as other:
        assert other is None
        assert holder_seen_from_another_process(db) == "articles"
        refresh = refresh_lock(db, "refresh")
        assert refresh.__enter__() is None
    # The article pass ended; the refresh goes on.
    try:
        assert holder_seen_from_another_process(db) == "refresh"
    finally:
        refresh.__exit__(None, None, None)
    assert holder_seen_from_another_process(db) == "free"


def test_the_lock_says_articles_once_only_the_article_pass_holds_it(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with refresh_lock(db, "refresh") as other:
        assert other is None
        articles = refresh_lock(db, "articles")
        assert articles.__enter__() is None
        assert holder_seen_from_another_process(db) == "refresh"
    try:
        assert holder_seen_from_another_process(db) == "articles"
    finally:
        articles.__exit__(None, None, None)
    assert holder_seen_from_another_process(db) == "free"
