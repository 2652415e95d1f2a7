"""A data directory another user reads, for the tests of a cache or config the reader cannot
write: Place (its directory, cache and config, `newstui` run in it bound by file modes even as
root), read_only_place (a fresh one, made writable again and removed after) and
drop_file_capabilities (root's way past chmod, given up in the child before exec).

Root (as CI runs) ignores file modes through its CAP_DAC_OVERRIDE capability, so as root the
subprocess gives up that capability (and CAP_DAC_READ_SEARCH, CAP_FOWNER) before it starts: it
stays uid 0, so it can still run an interpreter installed under /root (mode 0700, out of reach
of an unprivileged uid such as 65534), but chmod binds it like any user. As a normal user the
subprocess runs as that user over the chmod'ed files."""

from __future__ import annotations

import ctypes
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from newstui.model import FeedConfig, ParsedItem
from newstui.store import Store

FEED = "https://ro.example/feed.xml"


class Place:
    """A data directory another (unprivileged) user reads, with a config for it."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.data = base / "data"
        self.data.mkdir()
        self.db = self.data / "newstui.db"
        self.home = base / "home"
        self.home.mkdir()
        self.config = base / "config.toml"
        self.config.write_text(f'[general]\nrefresh_minutes = 0\n\n[[feeds]]\nurl = "{FEED}"\n', encoding="utf-8")

    def seed(self, titles: int = 3) -> None:
        with Store.open(self.db) as store:
            store.sync_feeds([FeedConfig(FEED)])
            store.upsert_items(FEED, [ParsedItem(title=f"Story {n}", guid=f"g{n}") for n in range(titles)])

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`python -m newstui --config C --db DB ARGS`, bound by file modes even as root."""
        env = dict(os.environ, HOME=str(self.home), XDG_CONFIG_HOME=str(self.home), XDG_DATA_HOME=str(self.home))
        env["XDG_CACHE_HOME"] = str(self.home)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return subprocess.run(
            [sys.executable, "-m", "newstui", "--config", str(self.config), "--db", str(self.db), *args],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            stdin=subprocess.DEVNULL,
            cwd=self.base,
            preexec_fn=drop_file_capabilities if os.geteuid() == 0 else None,  # noqa: PLW1509 - a single-threaded child, before exec
        )

    def read_only(self, path: Path) -> None:
        mode = 0o555 if path.is_dir() else 0o444
        path.chmod(mode)
        if os.geteuid() != 0 and os.access(path, os.W_OK):
            pytest.skip("chmod does not stop this user from writing (and it cannot drop to another uid)")

    def unwritable_config(self) -> None:
        """No config yet, and its directory read-only: the starter config cannot be written."""
        config_dir = self.base / "etc"
        config_dir.mkdir()
        self.config = config_dir / "config.toml"
        self.read_only(config_dir)


_PR_CAPBSET_DROP = 24


_FILE_CAPABILITIES = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def drop_file_capabilities() -> None:
    """In the child before exec: out of the bounding set, so the new program never has them."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in _FILE_CAPABILITIES:
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), f"prctl(PR_CAPBSET_DROP, {capability})")


@contextmanager
def read_only_place() -> Iterator[Place]:
    """A fresh Place (the `place` fixture, tests/conftest.py), made writable again and removed after."""
    # Not under tmp_path: pytest's directories are private to their owner.
    base = Path(tempfile.mkdtemp(prefix="newstui-ro-"))
    base.chmod(0o755)
    try:
        yield Place(base)
    finally:
        for path in [base, *base.rglob("*")]:
            if not path.is_symlink():
                path.chmod(stat.S_IMODE(path.stat().st_mode) | stat.S_IWUSR | stat.S_IXUSR)
        shutil.rmtree(base)
