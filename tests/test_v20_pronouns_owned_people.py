"""Version 20: "Ross’s lawyer said he would appeal. “…,” he said." An unnamed person described
by whose they are (a name's or a pronoun's lawyer, spokeswoman, brother) who speaks is who a
he/she right after refers to: the owner named in the same phrase is no referent, and the
quote has no named speaker. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers


@pytest.mark.parametrize("owner", ["Ross’s lawyer", "Ross's lawyer", "His lawyer", "The family’s lawyer"])
def test_an_owned_unnamed_speaker_takes_the_next_pronoun(owner: str) -> None:
    # a court report
    assert speakers(
        [
            "Judge Mary Owen sentenced Kevin Ross to eight years on Friday.",
            f"{owner} said he would appeal. “This sentence is far too harsh for a first offence,” he said.",
        ]
    ) == [None]


def test_a_clubs_spokeswoman() -> None:
    # sport: the spokeswoman, not the club or the player
    assert speakers(
        [
            "Forward Liam Byrne has been dropped for Saturday’s game against Leeds.",
            "Rovers’ spokeswoman said she could not comment. “It is a matter for the manager and nobody else,” "
            "she said.",
        ]
    ) == [None]


def test_the_owner_speaking_himself_still_is_named() -> None:
    assert speakers(
        [
            "Kevin Ross’s lawyer filed the appeal on Monday.",
            "Ross said he was innocent. “I never touched the money from the charity,” he said.",
        ]
    ) == ["Kevin Ross"]


def test_the_one_an_unnamed_person_asked_still_answers() -> None:
    # the object of "asked" is no owner: the he who replies is the person asked
    assert speakers(
        [
            "Senator Paul Dunn spoke to voters at a school in Dover.",
            "A reporter asked Dunn how he was feeling on polling day. "
            "He replied: “The bigger the turnout, the better I feel about it.”",
        ]
    ) == ["Paul Dunn"]
