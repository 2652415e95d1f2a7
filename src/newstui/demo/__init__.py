"""`newstui --demo`: bundled feeds and article pages served on loopback.

Kept free of imports so `import newstui.demo` costs nothing; the server lives
in `newstui.demo.server` (`start_demo()` -> `DemoSession`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newstui.demo.server import DemoSession


def start_demo(workdir: Path | None = None, theme: str | None = None) -> DemoSession:
    """Start the demo server and write its config. See `newstui.demo.server.start_demo`."""
    from newstui.demo.server import start_demo as start

    return start(workdir, theme)
