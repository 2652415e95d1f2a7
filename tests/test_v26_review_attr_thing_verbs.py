"""Review of version 26's _thing_in_that_clause: a speech verb of a thing inside a
reported "that" clause ("that the turmoil after the vote underscores a need for “…”")
reports nothing, but a verb of voice ("that the crowd shouted “…”", "that the
old mill workers chanted “…”") has somebody with a voice for its subject, whatever
nouns the lists know: the quote is not the reporter's. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "Ana Roe spoke at the grange on Monday, and Tom Dee answered her."


@pytest.mark.parametrize(
    "sentence",
    [
        "She said that the crowd shouted “a reckless disregard for every family here” at the board.",
        "She recalled that the whole gallery chanted “close the pier, close the pier tonight” for an hour.",
    ],
)
def test_a_voice_verb_in_the_clause_is_not_the_reporters(sentence: str) -> None:
    quotes = find_quotes([_BEFORE, sentence])
    assert [q.paragraph for q in quotes] == [1]
    assert quotes[0].speaker != "Ana Roe"


def test_a_thing_verb_in_the_clause_is_the_reporters() -> None:
    sentence = "She warned that the turmoil after the vote underscores a need for “calm, steady hands in the hall.”"
    quotes = find_quotes([_BEFORE, sentence])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Ana Roe")]
