"""Reading the people named together before each "they" costs bounded work per quote:
a hostile paragraph of thousands of 'A and B met the board. “…,” they said.' turns is
not read again for each "they". Work is counted (names looked at), not timed. All text
is invented for these tests."""

from __future__ import annotations

from typing import Any, SupportsIndex

import pytest

from newstui.extract.quotes import find_quotes, references
from newstui.extract.quotes.sentences import Para

_FIRST = ["Dana", "Omar", "Tom", "Ruth", "Rhea", "Sara", "Ann", "Jo", "Ines", "Paul"]
_LAST = ["Prell", "Villet", "Crane", "Okafor", "Mott", "Quist", "Vance", "Reese", "Dunmore", "Hale"]
_NAMES = [f"{a} {b}" for a in _FIRST for b in _LAST]


class _CountingList(list[Any]):
    """A list that adds one to a tally per item it hands out."""

    tally = 0

    def __iter__(self) -> Any:
        for item in super().__iter__():
            _CountingList.tally += 1
            yield item

    def __getitem__(self, index: SupportsIndex | slice) -> Any:  # type: ignore[override]
        found = super().__getitem__(index)
        _CountingList.tally += len(found) if isinstance(index, slice) else 1
        return found


def _names_looked_at(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    """How many names `_joint_subject` looked at on a paragraph of n joint turns."""
    original = references._joint_subject

    def counted(para: Para, first: int, before: int) -> Any:
        mentions = para.mentions
        para.mentions = _CountingList(mentions)
        try:
            return original(para, first, before)
        finally:
            para.mentions = mentions

    _CountingList.tally = 0
    with monkeypatch.context() as patch:
        patch.setattr(references, "_joint_subject", counted)
        turns = " ".join(
            f"{_NAMES[k % 100]} and {_NAMES[(k * 7 + 3) % 100]} met the board. “We sign no deal {k},” they said."
            for k in range(n)
        )
        found = find_quotes(["The vote was on Monday.", turns])
    assert len(found) == n
    return _CountingList.tally


def test_names_looked_at_per_they_do_not_grow_with_the_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _names_looked_at(monkeypatch, 200)
    large = _names_looked_at(monkeypatch, 800)
    assert small > 0
    # Four times the turns: about four times the names (a square would be sixteen).
    assert large < 6 * small
