"""The new file a config write makes beside the config before it takes the config's place."""

from __future__ import annotations

import os
from pathlib import Path


def temporary_beside(path: Path) -> Path:
    """Where a new version of `path` is written first: `.NAME.PID.tmp` in its directory (an
    edit removes the ones a killed process left, `edit._remove_left_behind`)."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def write_synced(path: Path, text: str) -> None:
    """Write `text` to `path` as it is (no newline translation) and flush it to the disk, so
    the file is whole before a rename or link gives it the config's name."""
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())


def owner_note(path: Path) -> str:
    """ " (it belongs to NAME, not to you: …)" when another user owns `path`, else "".

    The usual cause: newstui once run with sudo, which left the file (a config, a cache or
    its directory) to root; `chmod` cannot help the user then, only its owner (or `sudo
    chown`) can. Said of configs (config/edit) and caches (store/schema) alike.
    """
    geteuid = getattr(os, "geteuid", None)
    try:
        owner = path.stat().st_uid
    except OSError:
        return ""
    if geteuid is None or owner == geteuid():
        return ""
    try:
        import pwd

        name = pwd.getpwuid(owner).pw_name
    except (ImportError, KeyError):
        name = f"uid {owner}"
    return f" (it belongs to {name}, not to you: was newstui run with sudo? `sudo chown` it back)"
