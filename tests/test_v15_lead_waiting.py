"""A feed whose server answers this refresh "ask me later" (429/503 with Retry-After) is
waiting, not failed, in the refresh's own summary: the next run lists it so, the feed
list shows it ⏸ (not ✗), so the run that heard the answer must not call it a failure.
"""

from __future__ import annotations

from pathlib import Path

from citizen_helpers import RSS, not_before, run, write_config
from httpserver import TestServer
from newstui.feeds.refresh import waiting_note


def test_a_feed_told_to_wait_in_this_run_is_waiting_not_failed(http_server: TestServer, tmp_path: Path) -> None:
    busy = http_server.add_route("/busy.rss", (429, {"Retry-After": "600", "Content-Type": "text/plain"}, b"later"))
    broken = http_server.add_route("/broken.rss", (500, {"Content-Type": "text/plain"}, b"oops"))
    calm = http_server.add_route("/calm.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    db = tmp_path / "news.db"

    code, out, err = run(write_config(tmp_path / "config.toml", [busy, broken, calm]), db)

    assert code == 0, err
    until = not_before(db, busy)
    assert until is not None
    last = out.splitlines()[-1]
    assert last.startswith("1 feed ok, 1 failed, 1 new item (")  # the 500 fails; the 429 does not
    assert "1 waiting (server asked)" in last
    assert f"{busy}: {waiting_note(until)}" in out.splitlines()
