"""A "they" after a group took the floor is the group's, not the pair who spoke together
paragraphs before. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrived at the pier later. “The area is closed,” they said.",
        "Officials at the ministry disagreed. “The area is closed,” they said.",
        "Residents were unconvinced. “The area is closed,” they said.",
        "The fishermen were unconvinced. “The area is closed,” they said.",
    ],
)
def test_they_after_a_group_subject_is_not_the_earlier_pair(sentence: str) -> None:
    paras = ["“We need the money,” Dana Prell and Omar Villet said.", sentence]
    assert [q.speaker for q in find_quotes(paras)] == ["Dana Prell and Omar Villet", None]


def test_they_still_goes_on_with_the_pair_past_one_person() -> None:
    paras = [
        "“We need the money,” Dana Prell and Omar Villet said.",
        "Tom Crane spoke next. “Nothing is final,” he said.",
        "“The area is closed,” they added.",
    ]
    assert [q.speaker for q in find_quotes(paras)][-1] == "Dana Prell and Omar Villet"
