"""A given name in -ing opening a sentence as its subject ("Sterling Hayden spoke: “…”")
is no participle taking the name as its object (version 25 review): v25's participle rule
before a quote ("Accusing Dana Price of theft: “…”") read every capitalised -ing word so,
and the speaker named right before the quote was lost. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_QUOTE = "“We won the game and the whole town is proud of us tonight.”"


@pytest.mark.parametrize(
    "paragraphs",
    [
        [f"Sterling Hayden spoke: {_QUOTE}"],
        [f"Sterling Hayden, the coach, spoke: {_QUOTE}"],
        [
            "Sterling Hayden was at the pier. Sterling Hayden, the coach, spoke at length,"
            " “We won the game and the whole town is proud of us,” he said."
        ],
    ],
)
def test_an_ing_given_name_acting_as_subject_keeps_its_speaker(paragraphs: list[str]) -> None:
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 1 and quotes[0].speaker is not None and quotes[0].speaker.endswith("Hayden")


def test_a_participle_before_a_quote_still_takes_its_object() -> None:
    quotes = find_quotes([f"Accusing Dana Price of theft: {_QUOTE}"])
    assert [q.speaker for q in quotes] == [None]
