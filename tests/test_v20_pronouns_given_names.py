"""Version 20: a given name's gender is a guess where languages differ ("Andrea", "Simone"
are men in Italy, "Jean" a man in France): when the he/she has nobody else it could be, the
subject only that guess ruled out is them. A name of one gender everywhere ("Ben", "Mary")
and an honorific ("Ms.") still rule a person out. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers


@pytest.mark.parametrize("given", ["Andrea", "Simone", "Nicola"])
def test_an_italian_mans_name_takes_he(given: str) -> None:
    # Serie A report
    assert speakers(
        [
            f"Coach {given} Rossi and forward Giulia Conti spoke after the match in Turin.",
            "Rossi praised the defence. “We were solid for ninety minutes,” he said.",
            "Conti was less happy. “I missed two easy chances,” she said.",
        ]
    ) == [f"{given} Rossi", "Giulia Conti"]


def test_a_french_jean_takes_he() -> None:
    assert speakers(
        [
            "Jean Moreau, the mayor of Lyon, opened the new bridge on Monday.",
            "“It took ten years, but the city finally has its crossing,” he said.",
        ]
    ) == ["Jean Moreau"]


def test_a_name_of_one_gender_everywhere_is_no_guess() -> None:
    assert speakers(
        [
            "Reporter Ben Marsh asked the crowd who had started the chant.",
            "“He truly cares about the people of this town,” she said of the mayor.",
        ]
    ) == [None]


def test_an_honorific_is_no_guess() -> None:
    assert speakers(
        [
            "Ms. Andrea Rossi chaired the meeting on Tuesday.",
            "“We will publish the figures next week,” he said.",
        ]
    ) == [None]
