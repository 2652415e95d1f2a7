"""Version 24: a role joined by "and" to a name ("the mayor and Ann Toll said") is
somebody besides the people named with it. When the role's latest holder is one of them
(Ann Toll, a former mayor, named after Mayor Tom Crane), the role is the latest other
holder, not Ann Toll again. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Mayor Tom Crane opened the harbour fair on Saturday.",
                "Ann Toll, who was mayor before him, came to watch the boats.",
                "“The harbour wall comes first,” the mayor and Ann Toll said in a joint letter.",
            ],
            "Tom Crane and Ann Toll",
        ),
        (
            [
                "Mayor Ann Toll opened the harbour fair with Tom Crane, her predecessor.",
                "“The harbour wall comes first,” the mayor and Tom Crane said.",
            ],
            "Ann Toll and Tom Crane",
        ),
    ],
)
def test_a_role_joined_to_names_is_somebody_besides_them(paragraphs: list[str], speaker: str) -> None:
    assert [q.speaker for q in find_quotes(paragraphs)] == [speaker]


def test_a_role_held_only_by_the_named_person_adds_nobody() -> None:
    found = find_quotes(
        ["Mayor Ann Toll opened the harbour fair.", "“The harbour wall comes first,” the mayor and Ann Toll said."]
    )
    assert [q.speaker for q in found] == ["Ann Toll"]
