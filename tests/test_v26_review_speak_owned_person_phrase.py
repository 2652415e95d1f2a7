"""Review of v26 (speakers): "according to Ann Toll's lawyer" is somebody unnamed, not
Toll, also when a phrase of place or time follows the role ("… lawyer at the hearing",
"… lawyer in the case", "… defence lawyer during the trial"): v26 took the last of three
lower-case words after the owner for the noun, and the words went to Toll. Her own
statement or campaign still speaks for her. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "“We will rebuild the pier before summer,” Mayor Tom Dee said."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“My client will not sign anything this year,” according to Ann Toll's lawyer at the hearing.", None),
        ("“My client will not sign anything this year,” according to Ann Toll's lawyer in the case.", None),
        ("“My client will sign nothing,” according to Ann Toll's defence lawyer during the long trial.", None),
        ("“We will not sign anything this year,” according to Ann Toll's statement to the press.", "Ann Toll"),
        ("“We will not sign anything this year,” according to Ann Toll's campaign in the north.", "Ann Toll"),
    ],
)
def test_owned_person_then_a_phrase(paragraph: str, speaker: str | None) -> None:
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Dee"), (1, speaker)]
