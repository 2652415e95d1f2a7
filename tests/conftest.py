"""Shared fixtures. Every test runs with its own XDG dirs so no developer's
config, database or themes leak in (as harlequin's `no_discovered_config`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from httpserver import TestServer, http_server  # noqa: F401  (the loopback HTTP server fixture, tests/httpserver.py)

if TYPE_CHECKING:
    from newstui.store import Store
    from newstui.ui.app import NewsApp
    from readonly_helpers import Place
    from ui_helpers import Seeded

DATA = Path(__file__).parent / "data"


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: two workers a CPU, at most four more than the CPUs. The suite spends about
    half its time waiting (loopback servers, subprocesses killed at a step, the app's timers),
    so one worker a CPU left the cores idle half the run."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(2 * cpus, cpus + 4)


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


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty store at tmp_path/cache.db, closed after the test."""
    from newstui.store import Store

    opened = Store.open(tmp_path / "cache.db")
    yield opened
    opened.close()


@pytest.fixture
def seeded(tmp_path: Path) -> Seeded:
    """The fixed feeds' config and store in tmp_path (tests/ui_helpers.py), for the app tests."""
    from ui_helpers import seed  # imports textual: only the tests that ask for it pay

    return seed(tmp_path)


@pytest.fixture
def damaged_items(tmp_path: Path) -> tuple[Path, Path, dict[str, list[int]]]:
    """(config, cache, ids): a cache whose items-table page with BIG's newest rows is noise
    (tests/damage_helpers.py)."""
    from damage_helpers import damaged_items_cache

    return damaged_items_cache(tmp_path)


@pytest.fixture
def place() -> Iterator[Place]:
    """A data directory another user reads, with a config for it (tests/readonly_helpers.py)."""
    from readonly_helpers import read_only_place

    with read_only_place() as made:
        yield made


@pytest.fixture
def app_cache(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    """(config, cache, ids) of the fixed feeds, opening an item not marking it read (tests/ui_helpers.py)."""
    from ui_helpers import unmarked_app_cache

    return unmarked_app_cache(tmp_path)


@pytest.fixture
def newsboat_world(tmp_path: Path, http_server: TestServer) -> dict[str, Path | str]:  # noqa: F811 - the fixture
    """newsboat's urls file and cache of a loop feed this test serves (tests/newsboat_helpers.py)."""
    from newsboat_helpers import newsboat_world as make_world

    return make_world(tmp_path, http_server)


@pytest.fixture
def news_app(tmp_path: Path) -> NewsApp:
    """The app on the fixed feeds with 40 more World items, for the snapshot tests (tests/ui_helpers.py)."""
    from ui_helpers import long_world_app

    return long_world_app(tmp_path)


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """newstui built as a wheel once per run, from a copy of the tree (no build/ churn here).

    Under xdist each worker has its own session: the workers share the run's temporary
    folder (the parent of their own), and the first to take the lock builds for all."""
    import fcntl
    import os

    if "PYTEST_XDIST_WORKER" not in os.environ:
        return _build_wheel(tmp_path_factory.mktemp("wheel"))
    shared = tmp_path_factory.getbasetemp().parent / "wheel"
    shared.mkdir(exist_ok=True)
    with (shared / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        built = sorted((shared / "dist").glob("newstui-*.whl"))
        return built[0] if built else _build_wheel(shared)


def _build_wheel(work: Path) -> Path:
    import shutil
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    tree = work / "tree"
    tree.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(root / name, tree / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(root / "src", tree / "src", ignore=ignore)
    shutil.copytree(root / "themes", tree / "themes", ignore=ignore)
    out = work / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(tree), "-w", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = out.glob("newstui-*.whl")
    return wheel
