"""Marks asked for but not yet stored (read, bookmarked), per item.

A row shows a mark only once the database took it, so a toggle pressed again before
then (`m m` in one burst, a key held down) read the old mark and asked for the same
value twice. A toggle flips what was last asked for instead, and the writes, from
worker threads that may run in any order, each store the value wanted when they run:
the last one to run stores the last one asked for.
"""

from __future__ import annotations

import threading


class PendingMarks:
    """One kind of mark: the value last asked for each item with a write still running."""

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
