"""Version 24: "she" after a sentence naming two women goes on with that sentence's
subject, as a reader reads it, whatever the order of the names: subject then object, a
clause or phrase opening on the other woman, a passive. A name after a preposition the
name scan does not mark ("Unlike Ann Pike, …", "Without Ann Pike, …") is an object too.
Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

WHO = "Mrs. Lund chairs the clinic's board. Ms. Pike is its senior nurse."
DIRECTOR = "“We opened the clinic in March,” said Rita Vance, the director."
SAID = "“The ward will close at noon,” she said."


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Mary Lund thanked Ann Pike for the night shifts.", "Mary Lund"),
        ("Ann Pike thanked Mary Lund for the night shifts.", "Ann Pike"),
        ("When Ann Pike arrived, Mary Lund left the ward.", "Mary Lund"),
        ("After Mary Lund spoke, Ann Pike took the stage.", "Ann Pike"),
        ("Mary Lund left before Ann Pike arrived.", "Mary Lund"),
        ("Mary Lund, who hired Ann Pike, stayed on.", "Mary Lund"),
        ("Mary Lund was hired by Ann Pike in 2010.", "Mary Lund"),
        ("Mary Lund said Ann Pike would stay.", "Mary Lund"),
        ("Mary Lund toured the ward with Ann Pike.", "Mary Lund"),
        ("Unlike Ann Pike, Mary Lund stayed on the ward.", "Mary Lund"),
        ("Without Ann Pike, Mary Lund would have closed the ward.", "Mary Lund"),
        ("Despite Ann Pike's warning, Mary Lund stayed on the ward.", "Mary Lund"),
    ],
)
def test_she_after_two_women_is_the_subject(sentence: str, subject: str) -> None:
    # In the sentence's paragraph and in the next one alike.
    assert speakers([WHO, DIRECTOR, f"{sentence} {SAID}"]) == ["Rita Vance", subject]
    assert speakers([WHO, DIRECTOR, sentence, SAID]) == ["Rita Vance", subject]


def test_he_after_a_man_named_after_unlike_is_still_him() -> None:
    # The object is only demoted: with nobody else of his gender in reach, he is the he.
    sentence = "Unlike Tom Pike, Mary Lund stayed on the ward. “The ward will close at noon,” he said."
    assert speakers([WHO, DIRECTOR, sentence]) == ["Rita Vance", "Tom Pike"]
