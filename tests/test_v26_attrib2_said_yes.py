"""Version 26: a speech verb right before "yes" or "no" ("Ida said yes, yes, over and
over") reports somebody's one-word answer, not the words quoted before it: the quote
stays with the one the sentence says was talking. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_said_yes_after_a_quote_is_no_attribution() -> None:
    paragraphs = [
        "The rally in the port town ran late into the night, and the crowd was tired.",
        "Tom was drifting off again, and as Vance went on about “how the harbour is rigged against us,” and "
        "“our own struggling fishermen,” Ida said yes, yes, yes, over and over again.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Vance"), (1, "Vance")]


def test_said_no_one_still_attributes() -> None:
    paragraphs = [
        "Ida Marsh keeps the harbour books.",
        "“The harbour books are in order and always were,” Marsh said no one had ever asked to see them.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Ida Marsh")]
