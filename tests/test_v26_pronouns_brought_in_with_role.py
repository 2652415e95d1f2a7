"""A he/she after a sentence with no main-clause subject among its people (the one
named before stands in a subordinate clause or as an object) is the person that sentence
brings in for the first time with their role apposed ("…, which worries Sam Holt, head of
the Pell Caucus. “…,” he said."). A sentence whose own subject acts still goes on with it.
All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_OPENING = [
    "Ray Dunmore has led the county's Democrats for a decade, and his rallies still fill the hall.",
    "“We knock on every door, twice if we have to,” Dunmore said on Monday.",
]


@pytest.mark.parametrize(
    "role",
    [
        "head of the Pell Valley Growers Caucus",
        "chairman of the Harbour Fishers Union",
        "a retired welder from Elmsford",
    ],
)
def test_a_person_brought_in_with_a_role_takes_the_he(role: str) -> None:
    paras = [
        *_OPENING,
        "While Dunmore had a string of local bands playing for him, that has not happened for the new "
        f"candidate, which is something that worries Sam Holt, {role}.",
        "“Nobody is writing songs for her. Nobody is even humming,” he said.",
    ]
    assert [q.speaker for q in find_quotes(paras)][-1] == "Sam Holt"


def test_a_sentence_whose_subject_acts_goes_on_with_it() -> None:
    paras = [
        *_OPENING,
        "Preceded at the lectern by Sam Holt, chairman of the Harbour Fishers Union, Dunmore launched "
        "into a long complaint about the ferry timetable.",
        "“We will fix the ferries before the winter!” he said.",
    ]
    assert [q.speaker for q in find_quotes(paras)][-1] == "Ray Dunmore"
