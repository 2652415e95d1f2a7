"""Words after somebody's words are named ('in her words, “…”', 'in the words of one
welder, “…”') are a quote, however short and whatever case they open with; "in other
words" and "the words “…”" name nothing of anybody's."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_words_after_in_her_words_are_a_quote() -> None:
    paragraphs = [
        "Tessa Lund wants to rebuild the old harbour. She has promised to put her father in charge "
        "of the works because, in her words, “he knows how to do it.”",
        "The plan, in the words of one welder on the quay, “is a joke.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == ["he knows how to do it.", "is a joke."]
    assert quotes[0].speaker == "Tessa Lund"


def test_other_words_name_no_speaker() -> None:
    paragraphs = [
        "In other words, “the harbour” is the plan.",
        "He used the words “harbour first” in every speech.",
    ]
    assert find_quotes(paragraphs) == []
