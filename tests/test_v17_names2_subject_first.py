"""A he/she after a sentence naming two people goes to the one opening it as its subject,
even when only the other is known to be of the pronoun's gender ("Vance would not back
Mary Ortiz. “…,” she said.": Vance, whose given name says no gender, speaks), version 17,
round 2, found on PolNeAR. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in find_quotes(paragraphs)]


def test_the_sentence_subject_goes_before_an_object_of_known_gender() -> None:
    paragraphs = [
        "Mary Ortiz is running for mayor.",
        "“It is my last chance to vote for an honest man,” said Rhea Vance, 31.",
        "Vance and others said they could not support Ortiz for mayor. “I will write in my own name,” she said.",
    ]
    assert _speakers(paragraphs) == ["Rhea Vance", "Rhea Vance"]


def test_a_subject_of_the_other_gender_still_gives_way() -> None:
    paragraphs = [
        "Mary Ortiz is running for mayor.",
        "“It is my last chance to vote for an honest man,” said Tom Vance, 31.",
        "Mr. Vance said he could not support Ortiz. “I will win this,” she said.",
    ]
    assert _speakers(paragraphs) == ["Tom Vance", "Mary Ortiz"]
