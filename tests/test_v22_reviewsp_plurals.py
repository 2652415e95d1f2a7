"""Review of version 22's surnames in s ("Jones dodged the question. “…,” he said."): a
plural opening the sentence is still no he/she when it names a nationality, believers
or a kind of body or person the article's vocabulary knows ("Americans", "Israelis",
"Muslims", "Unions", "Athletes"), whatever its ending. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_PICKS = [
    "The two coaches were asked on Friday which side would take the cup.",
    "Delmont said his pick had little to do with the cup. “With an eye to next season,” he said.",
]
_QUOTE = "“The winner will be the side that wants it most,” he said."


@pytest.mark.parametrize(
    "plural",
    ["Americans", "Germans", "Europeans", "Israelis", "Pakistanis", "Muslims", "Hindus", "Unions", "Teams", "Athletes"],
)
def test_a_plural_of_people_or_bodies_does_not_take_the_he(plural: str) -> None:
    text = f"{plural} dodged the question and made no choice. {_QUOTE}"
    assert speakers([*_PICKS, text]) == ["Delmont", "Delmont"]


@pytest.mark.parametrize("surname", ["Evans", "Davis", "Brooks", "Hughes", "Williams"])
def test_a_surname_in_s_still_takes_the_he(surname: str) -> None:
    text = f"{surname} dodged the question and made no choice. {_QUOTE}"
    assert speakers([*_PICKS, text]) == ["Delmont", surname]
