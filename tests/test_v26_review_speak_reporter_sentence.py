"""Review of v26 (speakers): a reporter's credit line ("— Staff writer Dana Price", a bare
"Staff writer Dana Price") names nobody a later quote goes on with, but a sentence about
a writer or a correspondent ("Writer Ivy Moss was not so sure.") is no credit line: the
unattributed quote after it is hers, as after any sentence naming one person. Invented
text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "“The book is a fine piece of work,” Ann Toll said."
_QUOTE = "“The book is weak, and the plot is thin from the first page.”"


@pytest.mark.parametrize(
    "sentence",
    [
        "Writer Ivy Moss was not so sure.",
        "Correspondent Ivy Moss, back from the front, was not so sure.",
        "Staff writer Ivy Moss was not so sure of that.",
    ],
)
def test_sentence_about_a_writer_names_the_next_speaker(sentence: str) -> None:
    quotes = find_quotes([_BEFORE, sentence, _QUOTE])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (2, "Ivy Moss")]


@pytest.mark.parametrize("credit", ["Staff writer Ivy Moss", "— Correspondent Ivy Moss in Lisbon"])
def test_credit_line_still_names_nobody(credit: str) -> None:
    quotes = find_quotes([_BEFORE, credit, _QUOTE])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (2, "Ann Toll")]
