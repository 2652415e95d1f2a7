"""Review of version 24's colon leads, outlet credit lines and counts of people: cases
their rules read wrongly, each of which the code before them read right (or, for the
wire sign-offs, as version 22's review decided). Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

CLUB = "Ruth Toll chairs the reading club at the Harbour Library."
MAYOR = "“We will keep the library open on Sundays,” said Mayor Ines Carrow."
QUOTE = "“Sunday hours cost money that this town does not have.”"


@pytest.mark.parametrize(
    ("lead", "owner"),
    [
        ("Toll's opponents take a different view:", "Ruth Toll"),
        ("Toll's allies promise more:", "Ruth Toll"),
        ("Toll's staff take a harder line:", "Ruth Toll"),
        ("Carrow's critics answer that:", "Ines Carrow"),
    ],
)
def test_a_colon_lead_on_an_owners_people_and_their_verb_is_not_the_owners(lead: str, owner: str) -> None:
    # "take", "promise", "answer" are the verb of the owner's people here, not a noun of
    # the owner's own words ("Toll's blunt answer:").
    assert speakers([CLUB, MAYOR, lead, QUOTE])[-1] != owner


def test_a_colon_lead_on_an_adjective_and_a_noun_of_words_is_still_the_owners() -> None:
    assert speakers([CLUB, MAYOR, "Ruth Toll's blunt answer:", QUOTE]) == ["Ines Carrow", "Ruth Toll"]


@pytest.mark.parametrize(
    "lead",
    [
        "Toll's husband agreed, but Toll herself put it plainly:",
        "Her deputy nodded, but Ruth Toll put it more bluntly:",
    ],
)
def test_a_colon_lead_opening_on_an_owned_person_then_naming_the_speaker_is_the_speakers(lead: str) -> None:
    assert speakers([CLUB, MAYOR, lead, QUOTE]) == ["Ines Carrow", "Ruth Toll"]


def test_a_crowd_of_people_placed_by_a_capitalised_word_is_still_nobody_named() -> None:
    # "crowd" was a group noun before the count rule; "Harbour" places the residents.
    assert speakers([CLUB, MAYOR, "A crowd of Harbour residents waited outside.", QUOTE]) == ["Ines Carrow", None]


SAID = "“The ferry timetable will change in the spring,” Colm Brennock said on Tuesday."
LONE = "“Islanders deserve a boat that leaves when it says it will.”"


@pytest.mark.parametrize("line", ["— Bloomberg News", "— Reuters staff", "-- AP staff"])
def test_a_wires_sign_off_in_any_form_leaves_the_quote_with_its_speaker(line: str) -> None:
    assert speakers([SAID, LONE, line]) == ["Colm Brennock", "Colm Brennock"]


@pytest.mark.parametrize(
    "lead",
    [
        "Councillors were quick to respond, with Ann Lund posting about Tom Reed leaving the board and asking,",
        "Councillors were quick to respond, with Ann Lund watching Tom Reed leaving and asking,",
    ],
)
def test_a_name_inside_the_first_participles_clause_does_not_speak(lead: str) -> None:
    # Reed is the object of "about"/"watching", though an -ing word follows him: Lund,
    # before both participles, is the one asking.
    before = "“We will talk to the harbour board next week,” said Mayor Ines Carrow."
    assert speakers([before, f"{lead} “How can anyone run the harbour like this?”"])[-1] == "Ann Lund"
