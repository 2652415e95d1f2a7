"""Review of the v25 "with" rule ("Islanders were angry, with one fisherman shouting:
“…”"): a noun in -ing after "with" that names the words themselves ('Tom Crane ended
his speech with a warning: “…”', 'with a stern warning:', 'with a blessing:') is no
unnamed person speaking; the clause's subject still gives the words. All text is
invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_LEAD = "Ann Lee spoke to the harbour board on Monday."


@pytest.mark.parametrize(
    "clause",
    [
        "Tom Crane ended his speech with a warning:",
        "Tom Crane ended his speech with a stern warning:",
        "Tom Crane ended his speech with an ominous warning:",
        "Tom Crane opened the meeting with a blessing:",
        "Tom Crane closed with an old saying:",
    ],
)
def test_a_noun_for_the_words_after_with_is_nobody_speaking(clause: str) -> None:
    paras = [_LEAD, f"{clause} “Nobody leaves the pier before the storm has passed.”"]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane"]


@pytest.mark.parametrize(
    "person", ["one official warning", "some locals shouting", "a ferry pilot warning", "several fishermen warning"]
)
def test_people_speaking_after_with_still_name_nobody(person: str) -> None:
    paras = [_LEAD, f"Tom Crane spoke for an hour, with {person}: “Nobody leaves the pier tonight.”"]
    assert [q.speaker for q in find_quotes(paras)] == [None]
