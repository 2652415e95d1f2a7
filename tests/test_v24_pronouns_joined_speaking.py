"""Version 24: a person named before two participles joined by "and", the second of
speaking and handing over to the quote ("…, with Ann Lund posting that it was a
“disaster” for Reed and asking, “…”"), speaks the quote: not the speaker before, nor a
name inside the first participle's clause, nor the group the sentence is about.
Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

BEFORE = "“We will talk to the harbour board next week,” said Tom Reed, the mayor's chief of staff."
QUOTE = "“How can someone with such bad judgement run the harbour?”"


@pytest.mark.parametrize(
    "lead",
    [
        "Councillors were quick to respond, with Ann Lund posting that it was a “disaster” for Reed and asking,",
        "Councillors were quick to respond, with Ann Lund posting that it was a disaster and asking,",
        "Residents on the quay were angry, with Ann Lund calling the plan unfair and saying:",
    ],
)
def test_the_person_before_joined_participles_of_speaking_speaks(lead: str) -> None:
    assert speakers([BEFORE, f"{lead} {QUOTE}"])[-1] == "Ann Lund"


def test_an_owner_before_joined_participles_does_not_speak() -> None:
    lead = "Councillors were quick to respond, with Ann Lund's office posting a note and asking,"
    assert speakers([BEFORE, f"{lead} {QUOTE}"])[-1] != "Ann Lund"
