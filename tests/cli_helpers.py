"""Shared helpers of the headless tests: `newstui` run as a real process (in a folder, or on a
config and a cache), a config that lists feeds by URL only (the refresh tests' starting point),
and a database's refresh lock held by another process (the other refresh)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newstui.config import Config, load_config


def newstui(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`python -m newstui ARGS` in `cwd`, output captured as text.

    The child inherits this environment (PYTHONPATH: the tree under test; XDG_*: the test's own
    directories, see conftest.isolated_dirs) unless `env` is given; `timeout` bounds a hang."""
    return subprocess.run(
        [sys.executable, "-m", "newstui", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env=dict(os.environ) if env is None else env,
    )


def newstui_on(
    config: Path, db: Path, *args: str, timeout: float = 120, **options: Any
) -> subprocess.CompletedProcess[str]:
    """`python -m newstui --config CONFIG --db DB ARGS` in its own process, output captured as
    text and stdin closed (a headless command must never wait on the terminal); `options` go to
    subprocess.run (env, cwd, preexec_fn)."""
    return subprocess.run(
        [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        **options,
    )


def feeds_config(path: Path, urls: list[str]) -> Config:
    """Write a config of just these feeds (every setting at its default) and load it."""
    path.write_text("".join(f'[[feeds]]\nurl = "{u}"\n\n' for u in urls), encoding="utf-8")
    return load_config(path)


_REFRESH_LOCK_HOLDER = """
import sys, time
from pathlib import Path
from newstui.feeds.refresh_lock import refresh_lock
with refresh_lock(Path(sys.argv[1])) as other:
    assert other is None
    Path(sys.argv[2]).touch()
    while not Path(sys.argv[3]).exists():
        time.sleep(0.02)
"""


@contextmanager
def refresh_lock_held(db: Path, folder: Path, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """Another process holds the refresh lock of `db` (as a refresh does) while the block runs;
    it is told to let go (a file in `folder`) and waited for after it. Its exit status says
    whether it took the lock (0) or found it taken."""
    holding, stop = folder / "holding", folder / "stop"
    holder = subprocess.Popen([sys.executable, "-c", _REFRESH_LOCK_HOLDER, str(db), str(holding), str(stop)], env=env)
    try:
        deadline = time.monotonic() + 300
        while not holding.exists() and holder.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert holding.exists(), holder.returncode
        yield holder
    finally:
        stop.touch()
        holder.wait(timeout=300)


def feed_entry(url: str, extra: str = "") -> str:
    """A config's [[feeds]] table for `url`, with `extra` lines."""
    return f'[[feeds]]\nurl = "{url}"\n{extra}'


def config_with(tmp_path: Path, body: str, general: str = "") -> tuple[Path, Path]:
    """(config, cache) in `tmp_path`: a config of `body` (its feeds) after a [general] table
    with short timeouts, no article pass and `general`."""
    config, db = tmp_path / "config.toml", tmp_path / "cache.db"
    config.write_text(
        f"[general]\ntimeout_seconds = 5\nfetch_full_articles = false\n{general}\n\n{body}", encoding="utf-8"
    )
    return config, db


def local_feed_config(path: Path, feed_url: str, **general: object) -> Path:
    """A config of one feed tagged `local`, no refresh timer and no article pass unless `general` says."""
    settings = {"refresh_minutes": 0, "fetch_full_articles": False, **general}
    lines = ["[general]"] + [f"{k} = {str(v).lower() if isinstance(v, bool) else v}" for k, v in settings.items()]
    lines += ["", "[[feeds]]", f'url = "{feed_url}"', 'tags = ["local"]']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
