"""Version 22: a surname ending in s ("Jones", "Harris", "Ross") opening the sentence
right before a he/she takes it, as version 21's rule does for other surnames; a plural
common noun there ("Buyers", "Officials", "Employees") still does not. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_PICKS = [
    "The two coaches were asked on Friday which side would take the cup.",
    "Delmont said his pick had little to do with the cup. “With an eye to next season,” he said.",
]
_QUOTE = "“The winner will be the side that wants it most,” he said."


@pytest.mark.parametrize("surname", ["Jones", "Harris", "Ross", "Collins", "Marcus"])
def test_a_surname_ending_in_s_takes_the_he(surname: str) -> None:
    assert speakers([*_PICKS, f"{surname} dodged the question and made no choice. {_QUOTE}"]) == [
        "Delmont",
        surname,
    ]


def test_a_surname_ending_in_s_with_a_singular_verb_takes_the_he() -> None:
    assert speakers([*_PICKS, f"Edwards was less careful and named a side. {_QUOTE}"]) == ["Delmont", "Edwards"]


@pytest.mark.parametrize(
    "opening",
    [
        "Officials dodged the question and made no choice.",
        "Employees dodged the question and made no choice.",
        "Supporters cheered and waved their scarves.",
        "Commentators laughed at the answer.",
        # The article writes the singular in lower case: a plural noun.
        "Riders cheered and waved, and one rider rang a bell.",
        "Buyers were sceptical.",
    ],
)
def test_a_plural_noun_opening_the_sentence_does_not(opening: str) -> None:
    assert speakers([*_PICKS, f"{opening} {_QUOTE}"]) == ["Delmont", "Delmont"]
