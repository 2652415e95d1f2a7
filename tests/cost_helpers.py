"""Cost tests count work, not time: the same count on a loaded machine as on a quiet one, and
a small input against a large one shows whether a rule stays linear."""

from __future__ import annotations

import re
from typing import Any


class CountingPattern:
    """A compiled pattern that adds up, in `counter[0]`, the characters each search may run over
    (monkeypatched in for a module's pattern)."""

    def __init__(self, pattern: re.Pattern[str], counter: list[int]) -> None:
        self.pattern = pattern
        self.counter = counter

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(string) if endpos is None else min(endpos, len(string))
        self.counter[0] += max(0, end - pos)
        return self.pattern.search(string, pos, end)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)
