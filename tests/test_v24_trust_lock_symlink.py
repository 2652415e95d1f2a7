"""One refresh at a time per database, whatever path names it.

The refresh lock was a file beside the database as the path spelt it: a cron line naming the
cache through a symlink (the cache file linked from a synced folder) and the reader app naming
it by its real path took two different locks, and both refreshes fetched every feed and page
at once. The lock now lives beside the file the path leads to. Real processes, a real symlink,
a real loopback server. Invented feed.
"""

from __future__ import annotations

from pathlib import Path

from cli_helpers import feeds_config, newstui_on, refresh_lock_held
from httpserver import TestServer

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Weir levels</title>'
    b"<item><title>Weir gauge reads high</title><guid>weir-1</guid></item></channel></rss>"
)


def test_a_refresh_through_a_symlink_waits_for_one_by_the_real_path(tmp_path: Path, http_server: TestServer) -> None:
    url = http_server.add_route("/weir.xml", (200, {"Content-Type": "application/rss+xml"}, RSS))
    config = tmp_path / "config.toml"
    feeds_config(config, [url])
    real_dir = tmp_path / "synced"
    real_dir.mkdir()
    db = real_dir / "news.db"
    assert newstui_on(config, db, "list").returncode == 0  # the cache exists
    linked = tmp_path / "share"
    linked.mkdir()
    (linked / "news.db").symlink_to(db)
    with refresh_lock_held(db, tmp_path) as holder:
        done = newstui_on(config, linked / "news.db", "refresh")
        assert done.returncode == 0, done.stderr
        assert "already refreshing" in done.stderr, done.stderr
        assert http_server.requests_for("/weir.xml") == []  # nothing fetched
    assert holder.returncode == 0
