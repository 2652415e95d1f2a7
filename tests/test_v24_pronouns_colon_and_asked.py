"""Version 24: who a quote opening its own paragraph goes on with, when the paragraph
before ends on a colon or the sentence before opens on the question somebody was asked;
and a quote chanted by a count of people nobody names. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

CLUB = "Ruth Toll chairs the reading club at the Harbour Library."
MAYOR = "“We will keep the library open on Sundays,” said Mayor Ines Carrow."
QUOTE = "“Sunday hours cost money that this town does not have.”"


@pytest.mark.parametrize(
    "lead",
    [
        "Toll's reply came quickly:",
        "Toll’s answer was short:",
        "Ruth Toll's blunt response:",
        "Toll's verdict was harsh:",
    ],
)
def test_a_colon_lead_on_a_persons_own_words_hands_the_quote_to_them(lead: str) -> None:
    assert speakers([CLUB, MAYOR, lead, QUOTE]) == ["Ines Carrow", "Ruth Toll"]


def test_a_colon_lead_on_a_bodys_answer_hands_the_quote_to_the_body() -> None:
    trust = "The Harbour Trust owns the library building."
    assert speakers([trust, MAYOR, "The Harbour Trust's answer was blunt:", QUOTE]) == ["Ines Carrow", "Harbour Trust"]


def test_a_colon_lead_on_a_persons_plan_hands_nothing_over() -> None:
    # What Toll owns here is no words of hers: the quote goes on with the mayor.
    assert speakers([CLUB, MAYOR, "Toll's plan is simple:", QUOTE]) == ["Ines Carrow", "Ines Carrow"]


@pytest.mark.parametrize(
    "lead",
    [
        "Asked whether she agreed, Toll shook her head.",
        "When asked if she agreed with the mayor, Ruth Toll laughed.",
        "Pressed on what she had told the council, Councillor Toll shrugged.",
    ],
)
def test_a_pronoun_in_an_asked_phrase_is_the_person_asked(lead: str) -> None:
    # The "she" of the opening phrase is Toll, so the speech event it reads ("she agreed",
    # "she had told") is hers, not the mayor's.
    assert speakers([CLUB, MAYOR, f"{lead} {QUOTE}"]) == ["Ines Carrow", "Ruth Toll"]


def test_an_asked_phrase_before_a_colon_lead_hands_the_quote_to_the_person_asked() -> None:
    assert speakers([CLUB, MAYOR, "Asked whether she agreed, Toll put it plainly:", QUOTE]) == [
        "Ines Carrow",
        "Ruth Toll",
    ]


def test_a_pronoun_in_an_asked_phrase_before_somebody_elses_aide_is_not_the_aide() -> None:
    lead = "Asked whether she agreed, Toll's deputy shook his head."
    assert speakers([CLUB, MAYOR, f"{lead} {QUOTE}"]) == ["Ines Carrow", "Ines Carrow"]


@pytest.mark.parametrize(
    "lead",
    [
        "Small groups of parents waited outside the library, where Carrow spoke on Friday, while chanting,",
        "A handful of parents stood by the door Carrow had opened, chanting,",
    ],
)
def test_a_count_of_unnamed_people_chanting_is_nobody_named(lead: str) -> None:
    chant = "“Open on Sundays, open for every family.”"
    assert speakers([CLUB, MAYOR, f"{lead} {chant}"]) == ["Ines Carrow", None]


@pytest.mark.parametrize(
    "lead", ["Toll's husband put it plainly:", "Her deputy was blunter:", "His lawyer was blunter:"]
)
def test_a_colon_lead_on_somebodys_unnamed_relative_or_aide_names_nobody(lead: str) -> None:
    # The words are the husband's or the deputy's: not the mayor's, nor Toll's.
    assert speakers([CLUB, MAYOR, lead, QUOTE]) == ["Ines Carrow", None]


def test_a_colon_lead_on_an_owned_person_then_named_hands_the_quote_to_the_name() -> None:
    assert speakers([CLUB, MAYOR, "Toll's husband, Ivo Lund, put it plainly:", QUOTE]) == ["Ines Carrow", "Ivo Lund"]
