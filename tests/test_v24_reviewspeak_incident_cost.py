"""Review of v24's cost on hostile paragraphs: every "the council said" (and each
relative clause "a trend that the foundation predicts …", new in v24) asks whether its
paragraph turned to another incident before it ("Separately, …"), and that check scanned
the paragraph from its start each time: a paragraph of thousands of such quotes was
quadratic (about 13 s of CPU for 1,200). The test counts the characters the pattern runs
over, not time. Invented text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from newstui.extract.quotes import descriptions, find_quotes


class _CountingPattern:
    """A compiled pattern that adds up the length of text each search runs over."""

    def __init__(self, pattern: re.Pattern[str], counter: list[int]) -> None:
        self.pattern = pattern
        self.counter = counter

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(string) if endpos is None else min(endpos, len(string))
        self.counter[0] += max(0, end - pos)
        return self.pattern.finditer(string, pos, end)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


SHAPES = [
    "“The sea wall in stretch {k} will be finished by the spring,” the council said.",
    "Clubs close, a trend that the foundation predicts will continue “for at least {k} more years.”",
]


def _work(monkeypatch: pytest.MonkeyPatch, shape: str, quotes: int) -> int:
    counter = [0]
    with monkeypatch.context() as patched:
        patched.setattr(descriptions, "_OTHER_INCIDENT", _CountingPattern(descriptions._OTHER_INCIDENT, counter))
        para = " ".join(shape.format(k=k) for k in range(quotes))
        found = find_quotes(["The Pell Bay Town Council met the Pell Bay Rowing Foundation.", para])
    assert len(found) == quotes
    return counter[0]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_paragraph_of_many_body_descriptions_costs_linear_work(monkeypatch: pytest.MonkeyPatch, shape: str) -> None:
    small, large = _work(monkeypatch, shape, 150), _work(monkeypatch, shape, 300)
    assert large <= 2.5 * max(small, 1)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Separately, a van hit a wall. “Nobody was hurt in the crash,” the council said.", None),
        (
            "Separately, a van hit a wall. The Pell Bay Town Council sent a crew. “Nobody was hurt,” the council said.",
            "Pell Bay Town Council",
        ),
        (
            "Meanwhile in Pell Bay, a van hit a wall. “Nobody was hurt in the crash,” the council said.",
            "Pell Bay Town Council",
        ),
    ],
)
def test_a_turn_to_another_incident_is_still_read(paragraph: str, speaker: str | None) -> None:
    found = find_quotes(["The Pell Bay Town Council closed the quay on Monday.", paragraph])
    assert [q.speaker for q in found] == [speaker]
