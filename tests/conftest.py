"""Shared fixtures. Every test runs with its own XDG dirs so no developer's
config, database or themes leak in (as harlequin's `no_discovered_config`)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("NEWSTUI_CONFIG", raising=False)
    return home


@pytest.fixture
def data_dir() -> Path:
    return DATA
from httpserver import http_server  # noqa: E402,F401  (the loopback HTTP server fixture, tests/httpserver.py)
