"""Review of v26 (speakers): a clause after a semicolon opening on a person's words
("…; Toll’s reply was, “…”") gives the quote to that person, but a sentence opening on
the words and going on after the semicolon with the quote itself or a pronoun for them
("Toll’s reply was short; it read, in full, “…”") is still the owner's: v26 read only
the clause after the semicolon, and the quote went on with the speaker before. A clause
with a subject of its own ("…; the mayor called it “…”") is not the owner's. Invented
text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "“We will rebuild the pier before summer,” Mayor Tom Dee said."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Ann Toll’s reply to the council was short; it read, in full, “We will not pay for the pier this year.”",
            "Ann Toll",
        ),
        ("Ann Toll’s dictum to her staff was simple; “We will not pay for the pier this year.”", "Ann Toll"),
        ("The council met late; Ann Toll’s reply to it was, “We will not pay for the pier this year.”", "Ann Toll"),
        ("Ann Toll’s statement was short; the mayor called it “a lie from start to finish, and a bad one.”", None),
    ],
)
def test_owner_of_words_and_a_semicolon(paragraph: str, speaker: str | None) -> None:
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Dee"), (1, speaker)]
