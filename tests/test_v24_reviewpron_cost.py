"""Review of version 24's pronouns work: two of its rules read back over a long sentence
once per quote or per he/she, so a hostile paragraph of one long sentence cost the
square of its length. `_joined_speaking` tried every name back to the sentence's start
for each unattributed quote; `_asked_subject` read the sentence's opening "Asked …,"
phrase again for each he/she. The tests count the characters those patterns are handed
(no timing). Invented text."""

from __future__ import annotations

import re
from typing import Any

import pytest

from newstui.extract.quotes import continuation, references
from newstui.extract.quotes.finder import find_quotes


class _Counting:
    """A compiled pattern that adds up the characters each match is handed."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.total = 0

    def _note(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self.total += (len(text) if endpos is None else min(endpos, len(text))) - pos

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        self._note(text, *args)
        return self.pattern.match(text, *args)

    def fullmatch(self, text: str, *args: Any) -> re.Match[str] | None:
        self._note(text, *args)
        return self.pattern.fullmatch(text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _joined_work(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    counting = _Counting(continuation._JOINED_SPEAKING)
    monkeypatch.setattr(continuation, "_JOINED_SPEAKING", counting)
    names = ", ".join(f"Ann Lund posting on pier {i}" for i in range(n))
    quotes = " ".join(f"“We stay on pier {i}.”" for i in range(n))
    found = find_quotes(["Tom Reed runs the harbour.", f"Residents were angry, with {names} and {quotes}"])
    assert len(found) == n
    return counting.total


def test_joined_participles_read_a_bounded_reach_per_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _joined_work(monkeypatch, 100), _joined_work(monkeypatch, 200)
    assert 0 < large <= 2.5 * small


def test_joined_participles_of_speaking_still_name_the_speaker() -> None:
    lead = "Councillors were quick to respond, with Ann Lund posting that it was a “disaster” for Reed and asking,"
    before = "“We will talk to the harbour board next week,” said Tom Reed."
    assert [q.speaker for q in find_quotes([before, f"{lead} “Who runs the harbour now?”"])][-1] == "Ann Lund"


def _asked_work(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    counting = _Counting(references._ASKED_OPENER)
    monkeypatch.setattr(references, "_ASKED_OPENER", counting)
    opener = "Asked whether she " + "would stay on the pier " * (5 * n)
    turns = ", ".join(f"“The pier {i} will hold,” she said" for i in range(n))
    found = find_quotes(["Ruth Toll runs the harbour.", f"{opener}{turns}."])
    assert {q.speaker for q in found} == {"Ruth Toll"}
    return counting.total


def test_an_asked_opener_is_read_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _asked_work(monkeypatch, 100), _asked_work(monkeypatch, 200)
    assert 0 < large <= 2.5 * small
