"""One refresh of a database at a time, whoever runs it: `newstui refresh` (cron) and the
app's R share one lock, so they never fetch every feed twice. Real processes, a real
loopback server, real SQLite files."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from citizen_helpers import RSS, run, write_config
from httpserver import Response, TestServer
from newstui.config import load_config
from newstui.feeds.refresh_lock import RefreshRunning, lock_path, refresh_lock
from newstui.service import Library, LibraryClosed
from ui_helpers import app_for, running, settle

SLOW_PATH = "/slow.rss"


def slow_site(server: TestServer, tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """A config of three quick feeds and one that answers after 30 s (so a refresh runs long)."""
    urls = [server.add_route(f"/quick{n}.rss", (200, {"Content-Type": "application/rss+xml"}, RSS)) for n in range(3)]
    urls.append(server.add_route(SLOW_PATH, Response(200, {"Content-Type": "application/rss+xml"}, RSS, delay=30)))
    config = write_config(tmp_path / "config.toml", urls, timeout_seconds=60, refresh_minutes=0)
    return config, tmp_path / "news.db", urls


def start_cli_refresh(server: TestServer, config: Path, db: Path) -> subprocess.Popen[str]:
    """`newstui refresh` as a real process, returned once it is waiting on the slow feed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(db), "refresh"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=config.parent,
    )
    wait_for_slow_request(server, process)
    # Its feeds are fetched side by side: the slow one may be asked before a quick one,
    # and a test counting the requests made after this point must not count the CLI's.
    deadline = time.monotonic() + 30
    while not all(server.requests_for(f"/quick{n}.rss") for n in range(3)):
        assert process.poll() is None, "the refresh ended before its quick feeds"
        assert time.monotonic() < deadline, "the refresh never asked its quick feeds"
        time.sleep(0.05)
    return process


def wait_for_slow_request(server: TestServer, process: subprocess.Popen[str] | None = None) -> None:
    deadline = time.monotonic() + 30
    while not server.requests_for(SLOW_PATH):
        assert process is None or process.poll() is None, "the refresh ended before its slow feed"
        assert time.monotonic() < deadline, "the refresh never got to its slow feed"
        time.sleep(0.05)


def stop(process: subprocess.Popen[str]) -> None:
    process.kill()
    process.communicate(timeout=30)


def test_the_app_does_not_refresh_while_newstui_refresh_runs(http_server: TestServer, tmp_path: Path) -> None:
    config, db, _ = slow_site(http_server, tmp_path)
    cli = start_cli_refresh(http_server, config, db)
    try:
        asked = len(http_server.requests)
        library = Library(load_config(config), db)
        try:
            started = time.monotonic()
            with pytest.raises(RefreshRunning) as raised:
                library.refresh()
            assert time.monotonic() - started < 5  # tried, not waited for
        finally:
            library.close()
        assert str(raised.value) == f"a refresh is already running (process {cli.pid})"
        assert len(http_server.requests) == asked  # it fetched nothing
    finally:
        stop(cli)
    # The killed process took its lock with it: the app refreshes now.
    library = Library(load_config(config), db)
    try:
        http_server.add_route(SLOW_PATH, (200, {"Content-Type": "application/rss+xml"}, RSS))
        assert library.refresh().ok == 4
    finally:
        library.close()


def test_newstui_refresh_does_not_start_while_the_app_refreshes(http_server: TestServer, tmp_path: Path) -> None:
    config, db, _ = slow_site(http_server, tmp_path)
    library = Library(load_config(config), db)
    ended: list[str] = []

    def refresh() -> None:
        try:
            library.refresh()
        except LibraryClosed:
            ended.append("cancelled")

    worker = threading.Thread(target=refresh, daemon=True)
    try:
        worker.start()
        wait_for_slow_request(http_server)
        asked = len(http_server.requests)
        code, out, err = run(config, db)
        assert code == 0, err
        assert err.splitlines() == [
            f"newstui: the reader app (pid {os.getpid()}) is refreshing {db}; not starting a second refresh"
        ]
        assert out == ""
        assert len(http_server.requests) == asked  # it fetched nothing
        # A second refresh inside the app's own process is refused too (record locks do not
        # exclude threads of one process; the lock module does).
        with refresh_lock(db) as holder:
            assert holder is not None and holder.pid == os.getpid()
    finally:
        library.close()
        worker.join(timeout=30)
    assert ended == ["cancelled"]  # close() ended it, mid-way
    # The app's refresh is over (cancelled by close): the lock is free for cron.
    http_server.add_route(SLOW_PATH, (200, {"Content-Type": "application/rss+xml"}, RSS))
    code, out, err = run(config, db)
    assert code == 0, err
    assert out.startswith("4 feeds ok, 0 failed")
    assert lock_path(db).exists()


async def test_the_status_line_names_the_process_that_refreshes(http_server: TestServer, tmp_path: Path) -> None:

    config, db, _ = slow_site(http_server, tmp_path)
    cli = start_cli_refresh(http_server, config, db)
    try:
        asked = len(http_server.requests)
        app = app_for(config, db)
        async with running(app) as pilot:
            await pilot.press("R")
            await settle(pilot)
            status = app.screen.status  # type: ignore[attr-defined]
            expected = f"A refresh is already running (process {cli.pid})."
            for _ in range(50):  # a loaded machine may show it a few frames after the worker ends
                if status.notice == expected:
                    break
                await pilot.pause(0.1)
            assert status.notice == expected
            assert "refresh" not in status.busy and status.progress == ""
        assert len(http_server.requests) == asked
    finally:
        stop(cli)
