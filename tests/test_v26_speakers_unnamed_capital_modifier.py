"""Version 26: '“…?” a Democratic staffer in the room wondered' is somebody unnamed's:
an indefinite subject going on with a place or clause before its verb may hold a
capitalised modifier (a party, a body: "a Democratic staffer", "an Acme official",
"one P&G employee"). Before, only lower-case words counted there, and the quote went to
the speaker before. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "Mayor Ann Toll said the town would act. “It is a disgrace, and we will act,” Toll said."


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Will he be the next harbour master?” a Democratic staffer in the room wondered.",
        "“Will he be the next harbour master?” an Acme official at the meeting wondered.",
        "“Will he be the next harbour master?” one P&G employee at the plant asked.",
        "“We will be back next year,” a Green Party organiser who ran the stall said.",
    ],
)
def test_unnamed_with_capitalised_modifier(paragraph: str) -> None:
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (1, None)]


def test_apposed_name_still_named() -> None:
    quotes = find_quotes([_BEFORE, "“We will be back next year,” an organiser of the Harbour Fair, Tom Crane, said."])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (1, "Tom Crane")]
