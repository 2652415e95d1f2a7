"""Review of version 22's joint speakers: a name after a role's preposition ("a friend of
Ann Lee", "lawyer for Ann Lee") is that role's object, not one more speaker in a list.
Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

QUOTE = "“We will fight the recall and win it in court,”"


def test_an_apposition_of_a_role_and_its_objects_joins_nobody() -> None:
    # Rowe is the husband of the two named after "of"; he alone speaks.
    assert _speakers([f"{QUOTE} said Tom Rowe, the husband of Ann Lee and Sam Ivy."]) == ["Tom Rowe"]


def test_an_apposition_between_commas_before_the_verb_joins_nobody() -> None:
    assert _speakers([f"{QUOTE} Tom Rowe, a friend of Ann Lee and Sam Ivy, said."]) == ["Tom Rowe"]


def test_a_role_for_somebody_joins_nobody() -> None:
    assert _speakers([f"{QUOTE} said Tom Rowe, lawyer for Ann Lee and Sam Ivy."]) == ["Tom Rowe"]


def test_a_subject_before_the_quote_with_an_apposition_of_objects() -> None:
    text = "Tom Rowe, a friend of Ann Lee and Sam Ivy, said “we will fight the recall and win it in court”."
    assert _speakers([text]) == ["Tom Rowe"]


def test_a_second_subject_described_by_whom_it_serves_is_not_that_person() -> None:
    # "an aide to Ann Lee" speaks with Rowe; Ann Lee herself is no joint speaker.
    text = "Tom Rowe and an aide to Ann Lee said “we will fight the recall and win it in court”."
    assert _speakers([text]) != ["Tom Rowe and Ann Lee"]


def test_a_list_with_roles_still_joins() -> None:
    text = f"{QUOTE} said Tom Rowe, his wife Ann Lee and their lawyer Sam Ivy."
    assert _speakers([text]) == ["Tom Rowe, Ann Lee and Sam Ivy"]
