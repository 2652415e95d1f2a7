"""Review of v23's linear reading of sentences of many quoted titles: the claim held for
a sentence whose titles follow a verb of speech, but not for one opening otherwise
("Sweden branded “…”, “…”, … as “…”", "Prell’s statement listed “…”, …"): the check for
an accusation ("accused Dorn of") searched each title's whole head anew. The test counts
the characters that pattern runs over. Invented text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from newstui.extract.quotes import attribution, find_quotes


class _CountingPattern:
    """A compiled pattern that adds up the length of text each search runs over."""

    def __init__(self, pattern: re.Pattern[str], counter: list[int]) -> None:
        self.pattern = pattern
        self.counter = counter

    def _count(self, string: str, pos: int, endpos: int | None) -> int:
        end = len(string) if endpos is None else min(endpos, len(string))
        self.counter[0] += max(0, end - pos)
        return end

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.pattern.search(string, pos, self._count(string, pos, endpos))

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(string, pos, self._count(string, pos, endpos))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


OPENINGS = [
    "Sweden branded {listed} as “the best songs the choir ever sang on the quay for the town.”",
    "Prell’s statement listed {listed} before Mara Lindqvist told the crowd, “We will sing again next spring.”",
]


def _work(monkeypatch: pytest.MonkeyPatch, template: str, titles: int) -> int:
    counter = [0]
    with monkeypatch.context() as patched:
        patched.setattr(attribution, "_ACCUSATION", _CountingPattern(attribution._ACCUSATION, counter))
        listed = ", ".join(f"“Harbour Lights Number {k}”" for k in range(titles))
        found = find_quotes(["Dana Prell sings in the quay choir.", template.format(listed=listed)])
    assert len(found) == 1
    return counter[0]


@pytest.mark.parametrize("template", OPENINGS)
def test_a_long_list_of_titles_costs_linear_work(monkeypatch: pytest.MonkeyPatch, template: str) -> None:
    small, large = _work(monkeypatch, template, 200), _work(monkeypatch, template, 400)
    assert large <= 2.5 * max(small, 1)
