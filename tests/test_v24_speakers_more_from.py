"""Version 24: a newsletter's label "More from X:" hands over to the named writer or
speaker, whose words follow the colon, though the name is the object of "from"; with a
list of names the last stands for them. The label must open its clause: after the
paragraph's start, a dash or a sentence's end. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Tides of change were there all along -More from Tom Crane and Jo Dee:", "Jo Dee"),
        ("Tides of change were there all along. More from Tom Crane:", "Tom Crane"),
        ("More from Jo Dee:", "Jo Dee"),
    ],
)
def test_a_more_from_label_quotes_the_names_it_hands_over_to(label: str, speaker: str) -> None:
    found = find_quotes(
        [
            "Ann Toll opened the harbour survey on Monday.",
            f"{label} “Our figures show the quay filled with boats twice as fast this summer.”",
        ]
    )
    assert [q.speaker for q in found] == [speaker]
