"""Joint speakers (version 22): words two or three named people say together ("Dana Prell
and Omar Villet said", "Prell and Villet issued a statement calling it “…”") are theirs
together, both names, as a reader would credit them. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_two_names_then_the_verb_after_the_quote() -> None:
    assert _speakers(["“We will stand together on this,” Dana Prell and Omar Villet said in a statement."]) == [
        "Dana Prell and Omar Villet"
    ]


def test_two_names_with_roles_and_an_apposition_after_the_quote() -> None:
    text = (
        "“The new map was drawn to keep the count honest,” harbour board chair Dana Prell and city"
        " treasurer Omar Villet, both independents, said in a joint letter."
    )
    assert _speakers([text]) == ["Dana Prell and Omar Villet"]


def test_the_verb_then_two_names_after_the_quote() -> None:
    assert _speakers(["“We will stand together on this,” said Dana Prell and Omar Villet."]) == [
        "Dana Prell and Omar Villet"
    ]


def test_three_names_in_a_list() -> None:
    assert _speakers(["“The bridge stays open,” Dana Prell, Omar Villet and Sara Quist said on Friday."]) == [
        "Dana Prell, Omar Villet and Sara Quist"
    ]


def test_surnames_resolve_to_the_full_names_given_earlier() -> None:
    paras = [
        "Dana Prell and Omar Villet met on Thursday to settle the harbour dispute.",
        "Prell and Villet issued a statement calling the meeting “a real step toward peace” for the town.",
    ]
    assert _speakers(paras) == ["Dana Prell and Omar Villet"]


def test_two_names_then_a_colon() -> None:
    assert _speakers(["Dana Prell and Omar Villet wrote: “We found the numbers hold in every region.”"]) == [
        "Dana Prell and Omar Villet"
    ]


def test_a_possessive_second_name_joins_nobody() -> None:
    # "Prell and Villet's lawyer": the lawyer speaks, not the two named.
    speakers = _speakers(["“We will appeal,” Dana Prell and Omar Villet's lawyer said."])
    assert speakers != ["Dana Prell and Omar Villet"]


def test_an_object_before_the_speaker_is_not_joined() -> None:
    # "met Prell and Villet" then a new clause: only the one speaking is named.
    paras = ["Sara Quist met Dana Prell on Monday.", "“It went well,” Quist said."]
    assert _speakers(paras) == ["Sara Quist"]


def test_a_name_and_a_second_clause_are_not_joined() -> None:
    # ", and" between two names joins two clauses: only the second subject speaks.
    text = "Sara Quist praised Dana Prell, and Omar Villet said the plan was “a fair deal for the harbour”."
    assert _speakers([text]) == ["Omar Villet"]


def test_an_object_and_a_name_are_not_joined() -> None:
    text = "The board thanked Dana Prell and Omar Villet said the plan was “a fair deal for the harbour”."
    assert _speakers([text]) != ["Dana Prell and Omar Villet"]
