"""Handing a worker's results back to the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any, Literal, ParamSpec, TypeVar

from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import get_current_worker

from newstui.errors import NewstuiError
from newstui.service import LibraryClosed

P = ParamSpec("P")
T = TypeVar("T")


class Failed(Enum):
    """What `ask` answers when the call failed (the failure was already told)."""

    FAILED = "failed"


FAILED: Literal[Failed.FAILED] = Failed.FAILED


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


def ask(
    screen: Screen[Any], failed: str, call: Callable[[], T], *, severity: SeverityLevel = "error"
) -> T | Literal[Failed.FAILED]:
    """From a worker: what a Library call answers, or FAILED.

    The worker's usual ending when the call fails is here once: the Library closed
    (the app is quitting) fails silently; any other NewstuiError (say, the database
    is locked) is shown as a toast "`failed`: error" on the UI thread.
    """
    try:
        return call()
    except LibraryClosed:
        return FAILED
    except NewstuiError as error:
        on_ui(screen, screen.notify, f"{failed}: {error}", severity=severity, markup=False)
        return FAILED
