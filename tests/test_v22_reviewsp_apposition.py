"""Review of version 22's apposition heads ("Ravi Ostrander, president and CEO of Lakeside
Growers Association stated, “…”": Ostrander's): a name after a preposition that a
relative "who" then makes speak is the speaker, not the person opening the sentence.
Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_who_said_after_the_object_is_the_object_speaking() -> None:
    text = "Dana Prell, meanwhile, met with Omar Villet, who said “we will go on with the plan for the town”."
    assert _speakers([text]) == ["Omar Villet"]


def test_who_told_the_crowd_after_the_object_is_the_object_speaking() -> None:
    text = (
        "Dana Prell, the mayor, handed the award to Omar Villet, who told the crowd: “We will go on with"
        " the plan for the town.”"
    )
    assert _speakers([text]) == ["Omar Villet"]


def test_an_apposition_ending_on_a_body_still_gives_the_person() -> None:
    text = "Ravi Ostrander, president and CEO of Lakeside Growers Association stated, “We will go on with the plan.”"
    assert _speakers([text]) == ["Ravi Ostrander"]
