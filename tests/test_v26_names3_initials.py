"""Version 26: a body named in full with its initials in brackets ("the Harbour Safety
Authority (HSA)") and then called by them ("the HSA said") is one speaker, named in full as
a reader names it; a body never given in full keeps its acronym. Invented text."""

from __future__ import annotations

from extract_helpers import speakers

_QUOTE = "“The channel stays closed until the wreck is lifted,”"


def test_the_initials_after_the_full_name_speak_as_the_full_name() -> None:
    paras = [
        "The Harbour Safety Authority (HSA) closed the north channel on Tuesday.",
        f"{_QUOTE} the HSA said in a statement.",
    ]
    assert speakers(paras) == ["Harbour Safety Authority"]


def test_the_initials_in_the_same_paragraph_and_possessive() -> None:
    paras = [
        "Boats waited outside the port.",
        f"The Coastal Pilots Guild (CPG) did not reply at first. Later the CPG said: {_QUOTE}",
        "“Nobody was hurt,” the CPG’s chairman said.",
    ]
    assert speakers(paras)[0] == "Coastal Pilots Guild"


def test_initials_named_alone_keep_the_acronym() -> None:
    assert speakers(["Boats waited outside the port.", f"{_QUOTE} the HSA said."]) == ["HSA"]


def test_initials_after_a_person_are_not_a_body() -> None:
    paras = [
        "Mara Quill (MQ) runs the pilot boats.",
        f"{_QUOTE} Quill said.",
    ]
    assert speakers(paras) == ["Mara Quill"]


def test_a_countrys_initials_after_a_city_are_not_the_city() -> None:
    paras = ["Boats from Glasgow (UK) arrived on Monday.", f"{_QUOTE} the UK said."]
    assert speakers(paras) == ["UK"]
