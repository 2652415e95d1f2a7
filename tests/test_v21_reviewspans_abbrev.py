"""Review of version 21's quote spans: a title after a work's noun holding an
abbreviation's full stop ("U.S.", "Dr.") stays a title: that stop ends no sentence.
Words holding a real sentence's end and the next one's start stay speech."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _texts(paragraphs: list[str]) -> list[str]:
    return [q.text for q in find_quotes(paragraphs)]


def test_a_title_after_a_works_noun_holding_an_abbreviation_is_a_title() -> None:
    paper = "Her paper, “Why the U.S. Navy left the harbour for good,” argued that the base was never needed."
    assert _texts([paper]) == []
    film = "Orr directed the documentary, “Dr. Lund and the long winter at sea,” which won a prize."
    assert _texts([film]) == []


def test_words_holding_two_sentences_after_a_works_noun_are_still_speech() -> None:
    paragraph = "Under the old ferry program, “the town was broke. It needed the U.S. money,” Tessa Lund said."
    assert _texts([paragraph]) == ["the town was broke. It needed the U.S. money"]
