"""Version 26: a ship's, team's or show's name run into the next person's ("captain of the
Sea Wren Paul Dorsey", "coach of the Lakeside Rovers Ann Kerr"): the person is the given
name and surname closing the run, and so stays when called by the surname alone. A run of
given names after "the" ("the Mary Ann Cole") is left whole. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_QUOTE = "“We will keep sailing south until we find them,”"


@pytest.mark.parametrize(
    "lead",
    [
        "Captain of the Sea Wren Paul Dorsey said the crew was safe.",
        "The captain of the Sea Wren, Paul Dorsey, said the crew was safe.",
        "The Sea Wren’s captain Paul Dorsey said the crew was safe.",
        "Speaking aboard the Sea Wren, Paul Dorsey said the crew was safe.",
    ],
)
def test_the_person_after_a_ships_name(lead: str) -> None:
    assert speakers(["The boat left port on Monday.", f"{lead} {_QUOTE} he said."]) == ["Paul Dorsey"]


def test_the_surname_alone_later_is_the_same_person() -> None:
    paras = [
        "The boat left port on Monday.",
        "Master of the Steady Gull Tom Varga denied the collision.",
        f"{_QUOTE} Mr Varga said.",
    ]
    assert speakers(paras) == ["Tom Varga"]


def test_the_person_after_a_teams_name() -> None:
    paras = [
        "The final was played on Sunday.",
        f"Coach of the Lakeside Rovers Ann Kerr spoke after it. {_QUOTE} she said.",
    ]
    assert speakers(paras) == ["Ann Kerr"]
