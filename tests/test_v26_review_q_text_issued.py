"""Review of qlabel: "the statement said" speaks for whoever the article said issued the
statement, and only for them. A sentence whose subject merely reacts to a text ("the mayor
criticised a statement the governor had released", "responded to a letter") has not brought
in a text of the subject's: the statement stays unnamed rather than going to the critic.
A verb of issuing, or "in"/"with", comes right before the text's determiner. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_QUOTE = "“We will keep fighting for every family in the valley,” the statement said."


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Lina Berkstrom criticised a statement the governor had released on Friday.",
        "Mayor Lina Berkstrom responded angrily to a statement posted by the governor.",
        "Mayor Lina Berkstrom did not believe a statement that reached the press on Friday.",
    ],
)
def test_a_text_the_subject_reacts_to_is_not_theirs(sentence: str) -> None:
    assert speakers([sentence, _QUOTE]) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Lina Berkstrom issued a statement on Friday.",
        "Mayor Lina Berkstrom put out a short statement on Friday.",
        "Mayor Lina Berkstrom answered the vote with a statement on Friday.",
        "Mayor Lina Berkstrom said in a statement that the vote was unfair.",
    ],
)
def test_a_text_the_subject_issued_is_theirs(sentence: str) -> None:
    assert speakers([sentence, _QUOTE]) == ["Lina Berkstrom"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Lina Berkstrom spoke on Friday, and Governor Piet Orlan issued a statement.",
        "Mayor Lina Berkstrom spoke on Friday; Governor Piet Orlan issued a statement.",
        "Mayor Lina Berkstrom issued a statement, and Governor Piet Orlan released a statement of his own.",
    ],
)
def test_the_issuer_is_the_subject_of_the_clause_that_brings_the_text_in(sentence: str) -> None:
    assert speakers([sentence, _QUOTE]) == ["Piet Orlan"]
