"""A refresh that worked leaves no process-pool thread behind: `newstui refresh` then exits
without CPython 3.11's exit hook racing the pool's manager thread to its wake-up pipe, which
printed an "OSError: [Errno 9] Bad file descriptor" traceback after a good refresh (about
one cron run in twenty). Real process pool, real store, loopback server."""

from __future__ import annotations

import threading
from pathlib import Path

from cli_helpers import feeds_config as write_config
from httpserver import TestServer
from newstui.feeds.refresh import refresh_feeds
from newstui.store import Store

FAST = {"timeout": 5.0, "backoff": 0.01, "max_retry_wait": 1.0}


def pool_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if type(t).__name__ == "_ExecutorManagerThread" and t.is_alive()]


async def test_a_refresh_that_worked_leaves_no_pool_thread_running(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    urls = [http_server.url(f"feeds/{n}") for n in ("rss2.xml", "rss1.rdf", "atom.xml")]
    config = write_config(tmp_path / "config.toml", urls)
    assert pool_threads() == []
    summary = await refresh_feeds(config, store, workers=2, fetcher_options=FAST)
    assert summary.ok == 3 and summary.new_items > 0
    assert pool_threads() == []  # joined: nothing left for the exit hook to race
