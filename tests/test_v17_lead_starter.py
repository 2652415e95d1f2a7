"""The starter config is written whole or not at all: a write that fails half-way (a full
disk; here a file-size limit, which fails the write the same way) left an empty or cut
`config.toml` that every later run took as the user's config, silently, without its
comments. Real files, a real child process with the limit set."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from newstui.config.starter import ensure_config, starter_config

CHILD = textwrap.dedent(
    """
    import resource, signal, sys
    from newstui.config.starter import ensure_config
    from newstui.errors import ConfigError
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), as on a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (600, 600))
    try:
        ensure_config(sys.argv[1])
    except ConfigError as error:
        print(error)
        sys.exit(3)
    """
)


def test_a_starter_config_that_cannot_be_written_whole_leaves_no_file(tmp_path: Path) -> None:
    assert len(starter_config().encode()) > 600  # the limit cuts the write half-way
    path = tmp_path / "newstui" / "config.toml"
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 3, done.stderr
    assert "cannot write the starter config" in done.stdout
    assert not path.exists()
    assert list(path.parent.iterdir()) == []  # no temporary file left either
    # The next run, with room, writes the whole starter config.
    assert ensure_config(path) is True
    assert path.read_text(encoding="utf-8") == starter_config()


def test_the_starter_config_never_replaces_a_file_written_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "config.toml"
    assert ensure_config(path) is True
    path.write_text("# mine\n", encoding="utf-8")
    assert ensure_config(path) is False
    assert path.read_text(encoding="utf-8") == "# mine\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["config.toml"]
