"""Titles before a speaker's name that the title list lacked (version 17, found on PolNeAR):
the person after the title speaks, not the title. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_delegate_abbreviated_before_the_name_after_the_verb() -> None:
    assert _speakers(["“We are not done with this bill yet,” said Del. Stacey Marren, who chairs the panel."]) == [
        "Stacey Marren"
    ]


def test_delegate_abbreviated_before_the_name_then_the_verb() -> None:
    assert _speakers(["“We are not done with this bill yet,” Del. Stacey Marren said."]) == ["Stacey Marren"]


def test_del_without_a_dot_stays_a_given_name() -> None:
    assert _speakers(["“We are not done with this bill yet,” said Del Rowan, who chairs the panel."]) == ["Del Rowan"]


def test_given_name_then_a_surname_that_is_also_a_title() -> None:
    # "Dean", "Bishop": a title word as a surname after a known given name is a person.
    assert _speakers(["“We are not done with this bill yet,” said Howard Bishop, a party elder."]) == ["Howard Bishop"]


def test_given_name_and_title_surname_after_a_place_and_a_role() -> None:
    assert _speakers(["“We are not done with this bill yet,” said former Vermont governor Howard Dean."]) == [
        "Howard Dean"
    ]


def test_party_word_role_words_ending_on_boss_then_the_person() -> None:
    # "boss" is a role noun: "Republican party boss Ned Voss" is Ned Voss's role.
    assert _speakers(["“We are not done with this bill yet,” said Republican party boss Ned Voss, smiling."]) == [
        "Ned Voss"
    ]
