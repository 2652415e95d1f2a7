"""Version 26: a capitalised plural opening a sentence before a plural speech verb
("Allies say that he …", "Rivals argue …") is a common noun for people nobody names,
not a name: no one person's name takes "say". Before, "Allies" became a speaker and
a later he could refer to it. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "Allies say that he was “a gentle man who never meant to stir up the crowds at the port.”",
        "Rivals argue that he is “a gentle man who never meant to stir up the crowds at the port.”",
    ],
)
def test_plural_before_say_is_nobody_named(paragraph: str) -> None:
    quotes = find_quotes(["The cleric Anwar al-Rashidi preached in the port town for years.", paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, None)]


def test_a_surname_ending_in_s_still_speaks() -> None:
    paragraphs = ["Tom Adams runs the ferry.", "Adams said “the ferry will run every hour from the spring on.”"]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Tom Adams")]
