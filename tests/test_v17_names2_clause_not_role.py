"""Lower-case words between a speech verb and a name make a role phrase ("said state Sen.
Jo Dee", "said her husband Jo Dee") only without a pronoun, an auxiliary or a negation:
"said they could not support Ortiz" is a reported clause whose object never speaks
(version 17, round 2, found on PolNeAR). Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers
from newstui.extract.quotes.vocabulary import only_role_words


def test_a_clause_is_no_role_phrase() -> None:
    assert not only_role_words("they could not support")
    assert not only_role_words("we will never back")
    assert not only_role_words("it has")


def test_role_words_still_are() -> None:
    assert only_role_words("her husband")
    assert only_role_words("state Sen.")
    assert only_role_words("longtime family friend")


def test_the_object_of_a_reported_clause_does_not_speak() -> None:
    paragraphs = [
        "Mary Ortiz is running for mayor.",
        "“I will write in my own name,” said they could not support Ortiz.",
    ]
    assert _speakers(paragraphs) == [None]


def test_a_role_phrase_before_the_name_still_names_the_speaker() -> None:
    paragraphs = ["“I will write in my own name,” said her husband Ravi Ortiz."]
    assert _speakers(paragraphs) == ["Ravi Ortiz"]
