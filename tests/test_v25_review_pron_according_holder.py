"""Review of the v25 rule for "according to Tom Crane's lawyer, Ivy Moss": the name after
the role's comma is its holder only when the apposition closes after it ('…, Ivy Moss,'
or '…, Ivy Moss.'); a name going on with a verb is the subject of what is reported
('According to Tom Crane's lawyer, Ivy Moss was “…”'), somebody talked about, not the
source. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_LEAD = ["Tom Crane runs the harbour trust.", "Ann Lee spoke to the board on Monday."]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Tom Crane's lawyer, Ivy Moss was “a liar from the very start of it.”",
        "According to Tom Crane's lawyer, Ivy Moss has been “a liar from the very start.”",
    ],
)
def test_a_name_going_on_with_a_verb_is_not_the_roles_holder(sentence: str) -> None:
    assert [q.speaker for q in find_quotes([*_LEAD, sentence])] != ["Ivy Moss"]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Tom Crane's lawyer, Ivy Moss, the pier is “a disaster waiting to happen.”",
        "“The pier is a disaster waiting to happen,” according to Tom Crane's lawyer, Ivy Moss.",
        "“The pier is a disaster waiting to happen,” according to Tom Crane's lawyer, Ivy Moss, on Monday.",
    ],
)
def test_a_closed_apposition_names_the_holder(sentence: str) -> None:
    assert [q.speaker for q in find_quotes([*_LEAD, sentence])] == ["Ivy Moss"]
