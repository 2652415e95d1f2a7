"""Handing a worker's results back to the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ParamSpec

from textual.screen import Screen
from textual.worker import get_current_worker

P = ParamSpec("P")


def on_ui(screen: Screen[Any], callback: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> bool:
    """From a worker: run `callback` on the UI thread and wait for it; True if it ran.

    Dropped once the worker is cancelled (a newer run replaced it) or the app is
    closing, and checked again on the UI thread, where the screen may have been
    dismissed meanwhile and its widgets be gone.
    """
    if get_current_worker().is_cancelled or not screen.app.is_running:
        return False

    def if_live() -> bool:
        if not screen.app.is_running or not screen.is_attached:
            return False
        callback(*args, **kwargs)
        return True

    return bool(screen.app.call_from_thread(if_live))
