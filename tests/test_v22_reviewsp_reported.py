"""Review of version 22's partial quote an outlet reports ("Mayor Dana Prell called the
plan “…,” the Harbour Gazette reported": Prell's): the name heading the sentence speaks
only when it says or names something; a person the sentence is about (branded, accused,
applauded) did not say the outlet's words. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_a_person_branded_in_the_passive_is_not_the_speaker() -> None:
    text = "Dana Prell was branded “a danger to the harbour and its boats,” the Harbour Gazette reported."
    assert _speakers([text]) == ["Harbour Gazette"]


def test_a_person_accused_of_the_words_is_not_the_speaker() -> None:
    text = "Dana Prell was accused of “wrecking the harbour for a decade,” the Harbour Gazette reported."
    assert _speakers([text]) == ["Harbour Gazette"]


def test_a_person_who_won_applause_is_not_the_speaker() -> None:
    text = "Dana Prell won “a storm of applause from the residents,” the Harbour Gazette reported."
    assert _speakers([text]) == ["Harbour Gazette"]


def test_a_person_the_quote_describes_by_a_copula_is_not_the_speaker() -> None:
    text = "Dana Prell is “a danger to the harbour and its boats,” the Harbour Gazette reported."
    assert _speakers([text]) == ["Harbour Gazette"]


def test_a_person_calling_the_plan_something_still_speaks() -> None:
    text = "Mayor Dana Prell labelled the plan “a danger to the harbour and its boats,” the Harbour Gazette reported."
    assert _speakers([text]) == ["Dana Prell"]


def test_a_person_saying_the_words_in_a_that_clause_still_speaks() -> None:
    text = "Omar Villet said the mayor had left “a danger to the harbour and its boats,” the Harbour Gazette reported."
    assert _speakers([text]) == ["Omar Villet"]
