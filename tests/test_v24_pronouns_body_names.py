"""Version 24: a name of three or more words ending on a body's head word ("Pell Democratic
Women Caucus", "Harbour Bay Fishing Council") and opening on no given name is never a
he/she's referent, even when the name scan took it for a person's. Invented text."""

from __future__ import annotations

from extract_helpers import speakers

CAUCUS = "The Pell Democratic Women Caucus met on Tuesday to discuss the ferry timetable."
WORRIES = (
    "The ferry plan has not moved for Lund, which is something that concerns Tom Crane, "
    "president of the Harbour-based Pell Democratic Fishing Caucus."
)
SAID = "“Nobody is listening to the islands,” he said."


def test_he_after_a_persons_apposition_naming_a_caucus_is_the_person() -> None:
    assert speakers([CAUCUS, WORRIES, SAID]) == ["Tom Crane"]
