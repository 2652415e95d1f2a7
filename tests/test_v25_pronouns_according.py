""" "According to" with a pronoun ("according to him"), somebody unnamed ("according to
a trust spokesman") or an owned role and its holder ("according to Tom Crane's
lawyer, Ivy Moss"), before or after the quote. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_LEAD = ["Tom Crane runs the harbour trust.", "Ann Lee spoke to the board on Monday."]


@pytest.mark.parametrize(
    "sentence",
    [
        "“The pier is a disaster waiting to happen,” according to him.",
        "According to him, the pier is “a disaster waiting to happen for the town.”",
    ],
)
def test_according_to_a_pronoun_resolves_it(sentence: str) -> None:
    assert [q.speaker for q in find_quotes([*_LEAD, sentence])] == ["Tom Crane"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“The pier is a disaster waiting to happen,” according to a trust spokesman.",
        "“The pier is a disaster waiting to happen,” according to one official.",
    ],
)
def test_according_to_somebody_unnamed_names_nobody(sentence: str) -> None:
    assert [q.speaker for q in find_quotes([*_LEAD, sentence])] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Tom Crane's lawyer, Ivy Moss, the pier is “a disaster waiting to happen for all.”",
        "“The pier is a disaster waiting to happen,” according to Tom Crane's lawyer, Ivy Moss.",
    ],
)
def test_the_holder_of_an_owned_role_is_the_source(sentence: str) -> None:
    assert [q.speaker for q in find_quotes([*_LEAD, sentence])] == ["Ivy Moss"]
