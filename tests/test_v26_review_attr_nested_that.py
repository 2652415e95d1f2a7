"""Review of version 26's _outer_verb_of_relative: 'Dee told a young woman who
suggested that some may not vote that “…”' hands the quote to Dee, but when the
second "that" follows a verb that takes a clause of its own ("who said that she knew
that “…”", "who insisted that everyone feared that “…”") it opens a clause inside the
relative clause, and the quote is not Dee's. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "Tom Dee spoke at the town hall in Carrow on Monday night."


@pytest.mark.parametrize(
    "sentence",
    [
        "Dee told a young woman who said that she knew that “the harbour will close before the winter comes.”",
        "Dee told a young woman who argued that she believed that “the harbour will close before the winter comes.”",
        "He told a farmer who insisted that everyone in town feared that “the harbour will close before the "
        "winter comes.”",
    ],
)
def test_a_that_clause_inside_the_relative_clause_is_not_the_outer_speaker(sentence: str) -> None:
    quotes = find_quotes([_BEFORE, sentence])
    assert [q.paragraph for q in quotes] == [1]
    assert quotes[0].speaker != "Tom Dee"


def test_a_second_that_after_the_clause_still_goes_to_the_outer_verb() -> None:
    sentence = (
        "Dee told a young woman who suggested that some may not vote this year that “the harbour will close "
        "before the winter comes.”"
    )
    quotes = find_quotes([_BEFORE, sentence])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Tom Dee")]
