"""The attribution of the quotes of one paragraph reads its speech verbs once (version 22):
a sentence holding thousands of quotes is not scanned again from its start (or to its end)
for each of them, which made the work quadratic in the quotes of one paragraph. The test
counts the characters the speech-verb pattern is run over, and checks the speakers still
come out right. Invented text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from newstui.extract.quotes import attribution, find_quotes


class _CountingPattern:
    """A compiled pattern that adds up the length of text each search runs over."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.chars = 0

    def _count(self, string: str, pos: int, endpos: int | None) -> None:
        self.chars += (len(string) if endpos is None else min(endpos, len(string))) - pos

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        self._count(string, pos, endpos)
        return self.pattern.search(string, pos, len(string) if endpos is None else endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        self._count(string, pos, endpos)
        return self.pattern.finditer(string, pos, len(string) if endpos is None else endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.pattern.match(string, pos, len(string) if endpos is None else endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


QUOTES = 2000


@pytest.mark.parametrize("joint", [" and ", " and that "])
def test_one_sentence_of_thousands_of_quotes_reads_its_verbs_once(monkeypatch: pytest.MonkeyPatch, joint: str) -> None:
    counting = _CountingPattern(attribution.SPEECH)
    monkeypatch.setattr(attribution, "SPEECH", counting)
    quotes = joint.join(f"“the harbour plan number {k} is a mess for the town”" for k in range(QUOTES))
    paragraph = f"Dana Prell said that {quotes} on Monday."
    found = find_quotes([paragraph])
    assert len(found) == QUOTES
    assert {q.speaker for q in found} == {"Dana Prell"}
    # Linear: a few passes over the paragraph, not one per quote (that was ~QUOTES / 2 passes).
    assert counting.chars <= 4 * len(paragraph)
