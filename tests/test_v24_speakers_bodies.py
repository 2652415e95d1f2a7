"""Version 24: a body named earlier speaks when a description of its kind says the words
("the council said", "the hospital said"), and its whole name is read: "Council" opening
"the Council of Harbour Towns" is the body's head noun, not a title like "Councilwoman";
"General" before only a body's head noun ("Pell Bay General Hospital") is part of the
body's name, not a general's rank. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Council of Harbour Towns met in Pell Bay on Monday.",
                "Tom Crane, a fisherman, was pleased. “It is about time,” he said.",
                "“Every town will pay its share of the new sea wall,” the council said.",
            ],
            "Council of Harbour Towns",
        ),
        (
            [
                "Ten people were treated at Pell Bay General Hospital after the storm.",
                "“Two of them are still in our care,” the hospital said on Tuesday.",
            ],
            "Pell Bay General Hospital",
        ),
    ],
)
def test_a_body_named_earlier_speaks_through_its_kind(paragraphs: list[str], speaker: str) -> None:
    assert [q.speaker for q in find_quotes(paragraphs)][-1] == speaker


def test_a_general_and_a_councilwoman_are_still_people() -> None:
    found = find_quotes(
        [
            "General Tom Crane inspected the harbour forts.",
            "“The forts will hold,” the general said.",
            "Councilwoman Ann Toll disagreed. “They are crumbling,” she said.",
        ]
    )
    assert [q.speaker for q in found] == ["Tom Crane", "Ann Toll"]
