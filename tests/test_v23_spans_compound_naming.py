"""A naming word inside a hyphenated compound ("first-term", "long-term", "wake-up
call") names nothing: the short quote after it is somebody's words, not a term."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_a_term_inside_a_compound_before_a_short_quote_names_nothing() -> None:
    paragraphs = [
        "Lund also complained about the budget, suggesting the first-term mayor sees the harbour "
        "as “a bottomless money pit.”",
        "Orr said the long-term residents find the new pier “loud, ugly and useless.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == ["a bottomless money pit.", "loud, ugly and useless."]
    assert [q.speaker for q in quotes] == ["Lund", "Orr"]


def test_a_naming_word_of_its_own_still_makes_a_short_span_a_term() -> None:
    paragraphs = ["The first-term mayor launched what she called “the harbour pact” on Monday."]
    assert find_quotes(paragraphs) == []
