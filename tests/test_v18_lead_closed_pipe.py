"""`newstui feeds | head -1`: a reader that leaves early is no error, for every command that
prints (it ended in a BrokenPipeError traceback for `feeds`, `gc` and `recover`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _config_of_many_feeds(path: Path, count: int) -> Path:
    # Enough lines that the output outgrows a pipe's buffer (64 KB on Linux).
    path.write_text(
        "".join(f'[[feeds]]\nurl = "http://127.0.0.1:9/a-long-feed-path/number-{n}.xml"\n' for n in range(count)),
        encoding="utf-8",
    )
    return path


def test_feeds_into_a_reader_that_leaves_early_ends_quietly(tmp_path: Path) -> None:
    config = _config_of_many_feeds(tmp_path / "config.toml", 3000)
    producer = subprocess.Popen(
        [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(tmp_path / "c.db"), "feeds"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert producer.stdout is not None and producer.stderr is not None
    assert producer.stdout.readline()  # the reader takes one line, then goes
    producer.stdout.close()
    assert producer.wait(timeout=60) == 0
    err = producer.stderr.read().decode()
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
