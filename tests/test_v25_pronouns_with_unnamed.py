"""A closing "with" phrase on somebody unnamed speaking before a colon ("Islanders were
angry, with one fisherman saying: “…”"): nobody named speaks, not the name the clause
opens on. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_LEAD = "Ann Lee spoke first at the harbour meeting."


@pytest.mark.parametrize("person", ["one fisherman", "a local ferry pilot", "several residents"])
def test_an_unnamed_person_in_a_with_phrase(person: str) -> None:
    paras = [_LEAD, f"Islanders were angry, with {person} shouting: “Nobody asked us about the pier at all.”"]
    assert [q.speaker for q in find_quotes(paras)] == [None]


def test_a_named_person_in_a_with_phrase_still_speaks() -> None:
    paras = [_LEAD, "Islanders were angry, with Tom Reed shouting: “Nobody asked us about the pier at all.”"]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Reed"]
