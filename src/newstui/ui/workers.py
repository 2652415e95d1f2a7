"""Handing a worker's results back to the UI thread, and keeping its writes in the order asked."""

from __future__ import annotations

import threading
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


class PendingMarks:
    """One kind of mark (read, bookmarked): the value last asked for each item whose
    write is still running.

    A row shows a mark only once the database took it, so a toggle pressed again before
    then (`m m` in one burst, a key held down) read the old mark and asked for the same
    value twice. A toggle flips what was last asked for instead, and the writes, from
    worker threads that may run in any order, each store the value wanted when they run:
    the last one to run stores the last one asked for.
    """

    def __init__(self) -> None:
        self._wanted: dict[int, bool] = {}
        self._running: dict[int, int] = {}
        self.lock = threading.Lock()
        """Held by a write from reading the value wanted until it is stored."""

    def ask(self, item_id: int, value: bool) -> None:
        """A write of `value` is about to start (on the UI thread)."""
        self._wanted[item_id] = value
        self._running[item_id] = self._running.get(item_id, 0) + 1

    def toggled(self, item_id: int, shown: bool) -> bool:
        """The value a toggle asks for: the opposite of the last one asked, else of the one shown."""
        value = not self._wanted.get(item_id, shown)
        self.ask(item_id, value)
        return value

    def wanted(self, item_id: int, default: bool) -> bool:
        """The value a write should store now (from its worker, holding `lock`)."""
        return self._wanted.get(item_id, default)

    def done(self, item_id: int) -> None:
        """A write ended, stored or failed (on the UI thread)."""
        left = self._running.get(item_id, 1) - 1
        if left > 0:
            self._running[item_id] = left
        else:
            self._running.pop(item_id, None)
            self._wanted.pop(item_id, None)
