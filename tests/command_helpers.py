"""Real external commands for the tests of what the reader runs (a browser, a pipe-to
command): a shell script that records how it was called."""

from __future__ import annotations

from pathlib import Path


def recording_script(tmp_path: Path, name: str = "record.sh") -> tuple[Path, Path]:
    """A real command: writes its arguments, one a line, then its stdin, to a log file."""
    log = tmp_path / f"{name}.log"
    script = tmp_path / name
    script.write_text(
        f'#!/bin/sh\nfor a in "$@"; do echo "arg:$a" >> "{log}"; done\ncat >> "{log}"\n', encoding="utf-8"
    )
    script.chmod(0o755)
    return script, log
