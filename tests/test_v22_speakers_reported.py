"""A partial quote inside a sentence with a named speaker, reported by an outlet after it
(version 22): 'Mayor Dana Prell called the plan “a mess,” the Harbour Gazette reported'
is the mayor's; the outlet only carried her words. With nobody named in the sentence the
outlet stays the source. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_the_named_subject_speaks_not_the_outlet_reporting_it() -> None:
    text = "Mayor Dana Prell called the plan “a mess that will cost the town dearly,” the Harbour Gazette reported."
    assert _speakers([text]) == ["Dana Prell"]


def test_a_pronoun_subject_is_the_person_named_before() -> None:
    paras = [
        "Omar Villet owns the Harbour Gazette and the ferry line.",
        "He said at a dinner that he was “very comfortable with the new tolls,” the Harbour Gazette reported.",
    ]
    assert _speakers(paras) == ["Omar Villet"]


def test_without_a_named_subject_the_outlet_stays_the_source() -> None:
    text = "Officials called the plan “a mess that will cost the town dearly,” the Harbour Gazette reported."
    assert _speakers([text]) == ["Harbour Gazette"]


def test_a_whole_quote_reported_by_the_outlet_is_the_outlet() -> None:
    assert _speakers(["“We will win the vote,” the Harbour Gazette reported."]) == ["Harbour Gazette"]
