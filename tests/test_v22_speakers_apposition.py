"""A person's apposition that ends on a preposition's object (version 22): "Ravi Ostrander,
president of Lakeside Growers Association stated, “…”" — the body (or the people) after
"of"/"to" describe the person heading the subject, who speaks. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_role_of_a_body_without_a_closing_comma() -> None:
    text = "Ravi Ostrander, president and CEO of Lakeside Growers Association stated, “It is a price problem.”"
    assert _speakers([text]) == ["Ravi Ostrander"]


def test_two_appositions_ending_on_people_after_to() -> None:
    text = (
        "Last week, Jo Perl, editor at large of The Lantern, a weekly catering to Dutch Americans, wrote,"
        " “When we think of the flood, we should think of the dikes.”"
    )
    assert _speakers([text]) == ["Jo Perl"]


def test_a_person_who_met_the_body_is_no_apposition() -> None:
    # "met the head of …, which said": the body's clause, not the person's apposition.
    text = "Ravi Ostrander met the head of Lakeside Growers Association, which said: “It is a price problem.”"
    assert _speakers([text]) != ["Ravi Ostrander"]


def test_a_body_named_after_a_place_the_scan_splits_off() -> None:
    text = "Ravi Ostrander, president and CEO of Ohio Growers Association stated, “It is a price problem.”"
    assert _speakers([text]) == ["Ravi Ostrander"]


def test_an_owned_role_then_the_apposed_name_after_the_quote() -> None:
    # A person's role owned by another ("Prell's chief of staff"), then the holder between
    # commas, then the verb and an object that is no aside.
    text = (
        "“Sooner or later the tolls will come down,” Ohio Rep. Dana Prell’s chief of staff, Joe Kasper,"
        " told HARBOURNEWS."
    )
    assert _speakers([text]) == ["Joe Kasper"]
