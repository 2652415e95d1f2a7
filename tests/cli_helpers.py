"""Shared helpers of the headless tests: `newstui` run as a real process (in a folder, or on a
config and a cache), and a config that lists feeds by URL only (the refresh tests' starting point)."""

from __future__ import annotations

import os
import subprocess
import sys
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
