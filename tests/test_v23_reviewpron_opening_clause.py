"""A he/she after a clause opening on a name that acts on a him/her ("After Tom Crane
endorsed him, he told …"): the him is the he, so the name is not. All text is invented
for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("first", "sentence"),
    [
        ("Tom Lee", "After Tom Crane endorsed him, he told the crowd: “We will fight for the pier.”"),
        ("Tom Lee", "Before Tom Crane could answer him, he told the crowd: “We will fight for the pier.”"),
        ("Tom Lee", "When Tom Crane attacked him on Monday, he told the crowd: “We will fight for the pier.”"),
        ("Ann Lee", "After Tina Crane endorsed her, she told the crowd: “We will fight for the pier.”"),
    ],
)
def test_the_clause_subject_acting_on_the_pronoun_is_not_it(first: str, sentence: str) -> None:
    paras = [f"“The harbour is not for sale,” {first} said.", sentence]
    assert [q.speaker for q in find_quotes(paras)] == [first, first]


@pytest.mark.parametrize(
    ("first", "sentence", "second"),
    [
        ("Tom Lee", "After Tom Crane met his staff, he told the crowd: “We will fight for the pier.”", "Tom Crane"),
        ("Ann Lee", "After Tina Crane met her staff, she told the crowd: “We will fight for the pier.”", "Tina Crane"),
    ],
)
def test_a_possessive_in_the_clause_keeps_its_subject_the_pronoun(first: str, sentence: str, second: str) -> None:
    paras = [f"“The harbour is not for sale,” {first} said.", sentence]
    assert [q.speaker for q in find_quotes(paras)] == [first, second]
