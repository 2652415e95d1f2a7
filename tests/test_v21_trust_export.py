"""`newstui export-opml FILE` writes a new file beside FILE and renames it over FILE, so a
kill never leaves half an export. FILE that is no regular file was replaced too: a named pipe
another program reads (it was never written to, and the pipe was gone), a device (run as
root, `/dev/full` and `/dev/stdout` themselves were replaced by plain files), a symlink into
a dotfiles folder (the link became a copy, the file it named went stale). Now a pipe or a
device is written to as it is, and a symlink's own file is the one replaced. Real processes
on real files."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from cli_helpers import feeds_config, newstui_on

FEEDS = ["https://a.example/feed.xml", "https://b.example/rss"]


def test_export_to_a_named_pipe_is_read_by_its_reader_and_the_pipe_stays(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    feeds_config(config, FEEDS)
    pipe = tmp_path / "feeds.pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    done = newstui_on(config, tmp_path / "news.db", "export-opml", str(pipe), timeout=60)
    if reader.is_alive():  # the export never opened the pipe: let the reader go
        with open(pipe, "wb"):
            pass
    reader.join(timeout=60)
    assert done.returncode == 0, done.stderr
    assert pipe.is_fifo()
    assert received and all(url.encode() in received[0] for url in FEEDS)


def test_export_through_a_symlink_updates_the_file_it_names_and_keeps_the_link(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    feeds_config(config, FEEDS)
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "feeds.opml"
    real.write_text("old export", encoding="utf-8")
    link = tmp_path / "feeds.opml"
    link.symlink_to(real)
    done = newstui_on(config, tmp_path / "news.db", "export-opml", str(link))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert all(url in real.read_text(encoding="utf-8") for url in FEEDS)
    assert [p.name for p in dotfiles.iterdir()] == ["feeds.opml"]  # no temporary file left


def test_export_to_a_device_that_refuses_writes_is_an_error_and_the_device_stays(tmp_path: Path) -> None:
    # A node of /dev/full's device made under tmp_path (root only; never /dev/full itself, which the
    # old code replaced): it takes an open and refuses every write, as a full disk does.
    full = tmp_path / "full"
    try:
        os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        with open(full, "wb") as probe:
            probe.write(b"x")
    except PermissionError:
        pytest.skip("cannot make or open a device node here (not root, or a nodev file system)")
    except OSError:
        pass  # the write refused: the device works
    config = tmp_path / "config.toml"
    feeds_config(config, FEEDS)
    done = newstui_on(config, tmp_path / "news.db", "export-opml", str(full))
    assert "Traceback" not in done.stderr
    assert full.is_char_device()
    assert done.returncode == 2
    assert f"{full}: cannot write" in done.stderr
