"""`newstui export-opml /dev/stdout | less` and `newstui export-opml >(gzip > feeds.gz)`: the
file named is the process's own pipe, reached through a /proc/self/fd link. The export must go
into that pipe. Resolving the path first gave "/proc/PID/fd/pipe:[N]", a name nothing has:
the export said "cannot write: No such file or directory". The links are made under tmp_path
(as /dev/stdout and /dev/fd/N are made by the system), so no system path is ever written to."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cli_helpers import feeds_config

FEEDS = ["https://a.example/feed.xml", "https://b.example/rss"]


def test_export_onto_a_link_to_the_own_stdout_pipe_writes_into_the_pipe(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    feeds_config(config, FEEDS)
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/proc/self/fd/1")  # what /dev/stdout is
    done = subprocess.run(
        [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(tmp_path / "news.db")]
        + ["export-opml", str(stdout)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert all(url in done.stdout for url in FEEDS)
    assert stdout.is_symlink()


def test_export_onto_a_process_substitution_pipe_writes_into_it(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    feeds_config(config, FEEDS)
    read_end, write_end = os.pipe()
    substituted = tmp_path / "fd"
    substituted.symlink_to(f"/proc/self/fd/{write_end}")  # what bash's >(…) gives: /dev/fd/63
    child = subprocess.Popen(
        [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(tmp_path / "news.db")]
        + ["export-opml", str(substituted)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        pass_fds=(write_end,),
        text=True,
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        received = reader.read()
    _, stderr = child.communicate(timeout=120)
    assert child.returncode == 0, stderr
    assert all(url.encode() in received for url in FEEDS)
