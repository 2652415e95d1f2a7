"""Shared helpers of the headless tests: `newstui` run as a real process, and a config that
lists feeds by URL only (the refresh tests' starting point)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def feeds_config(path: Path, urls: list[str]) -> Config:
    """Write a config of just these feeds (every setting at its default) and load it."""
    path.write_text("".join(f'[[feeds]]\nurl = "{u}"\n\n' for u in urls), encoding="utf-8")
    return load_config(path)
