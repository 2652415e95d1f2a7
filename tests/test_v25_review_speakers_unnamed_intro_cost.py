"""Looking back for an unnamed person's introduction ("a former aide … the former aide
said") reads a bounded part of the paragraph per description (version 25 review): it
searched the paragraph from its start for every "the mayor said", and copied the text
before each match, so one paragraph of 2,500 turns took 16 s. It now reads back at most
`_INTRO_REACH` characters per paragraph. Invented text."""

from __future__ import annotations

import re
from typing import Any

import pytest

import newstui.extract.quotes.descriptions as descriptions
from newstui.extract.quotes import find_quotes


class _CountingPattern:
    """A compiled pattern whose `finditer` counts the characters it is given to read."""

    read = [0]

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Any:
        _CountingPattern.read[0] += min(endpos, len(text)) - pos
        return self.pattern.finditer(text, pos, endpos)


@pytest.mark.parametrize("n", [300, 1500])
def test_one_paragraph_of_described_turns_reads_a_bounded_part_per_description(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    made = descriptions._intro_pattern
    monkeypatch.setattr(descriptions, "_intro_pattern", lambda head: _CountingPattern(made(head)))
    _CountingPattern.read[0] = 0
    paragraph = " ".join(
        f"Deputy Tom Crane{k} searched pier {k}. “We found nothing at pier {k} this time,” the deputy said."
        for k in range(n)
    )
    assert len(find_quotes([paragraph])) == n
    assert _CountingPattern.read[0] <= 8000 * n  # was about 40 * n * n


def test_an_unnamed_person_introduced_before_still_speaks() -> None:
    quotes = find_quotes(
        [
            "Jo Dee runs the harbour. A former aide to the mayor spoke on Monday.",
            "“The harbour needs new cranes,” the former aide said.",
        ]
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_named_person_described_so_is_no_unnamed_introduction() -> None:
    quotes = find_quotes(
        [
            "Jo Dee, a former aide to the mayor, spoke on Monday.",
            "“The harbour needs new cranes,” the former aide said.",
        ]
    )
    assert [q.speaker for q in quotes] == ["Jo Dee"]
