"""Two roles joined by "and" before the speaker's name (version 17, found on PolNeAR): "said
former Ohio Gov. and party Chairman Ken Marsh". Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."
_QUOTE = "“That was the longest winter any of us can remember in this valley,”"


def test_said_then_an_abbreviated_title_and_a_capitalised_role_then_the_name() -> None:
    assert _speakers([_EARLIER, f"{_QUOTE} said former Ohio Gov. and party Chairman Ken Marsh."]) == [
        "Tom Reed",
        "Ken Marsh",
    ]


def test_said_then_two_lower_case_roles_joined_by_and_then_the_name() -> None:
    assert _speakers([_EARLIER, f"{_QUOTE} said former Ohio governor and party chairman Ken Marsh."]) == [
        "Tom Reed",
        "Ken Marsh",
    ]


def test_two_people_joined_by_and_are_both_named() -> None:
    # v22: a joint attribution names both people (it kept only the first).
    assert _speakers([_EARLIER, f"{_QUOTE} said Gov. Ann Toll and party chairman Ken Marsh."]) == [
        "Tom Reed",
        "Ann Toll and Ken Marsh",
    ]
