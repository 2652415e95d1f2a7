"""Short quotes that are speech: a naming word in an earlier clause does not make the
quote a term, words a relative clause says somebody called a thing are theirs, and a
whole short sentence right after a reporting verb is speech even in Title Case. Terms
right after a naming word stay terms."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _texts(paragraphs: list[str]) -> list[str]:
    return [q.text for q in find_quotes(paragraphs)]


def test_a_naming_word_in_an_earlier_clause_makes_no_term() -> None:
    paragraph = "For all the kind words, Tessa Lund says she goes “back to war tomorrow.”"
    assert _texts([paragraph]) == ["back to war tomorrow."]


def test_a_term_right_after_a_naming_word_stays_a_term() -> None:
    paragraph = "Tessa Lund said the so-called “harbour tax plan” was dead."
    assert _texts([paragraph]) == []


def test_words_a_relative_clause_says_somebody_called_a_thing_are_theirs() -> None:
    paragraph = "Tessa Lund spoke after the flood, which she called “a cruel, sudden blow.”"
    assert _texts([paragraph]) == ["a cruel, sudden blow."]


def test_a_whole_title_case_sentence_right_after_a_reporting_verb_is_speech() -> None:
    paragraph = "Lund took the stage and declared “What a Great Night!” before thanking her staff."
    assert _texts([paragraph]) == ["What a Great Night!"]


def test_first_person_words_before_a_preposition_are_speech_not_a_modifier() -> None:
    paragraph = "“We’re thrilled” about the ruling, said Tessa Lund, who chairs the harbour trust."
    assert [(q.text, q.speaker) for q in find_quotes([paragraph])] == [("We’re thrilled", "Tessa Lund")]


def test_a_term_before_a_noun_stays_a_modifier() -> None:
    paragraph = "The “harbour tax” plan was dropped on Monday, said Tessa Lund."
    assert _texts([paragraph]) == []


def test_words_holding_two_sentences_after_a_programme_are_no_title() -> None:
    paragraph = (
        "With the old harbour grant program, “towns were running out of money. They needed it,” "
        "Tessa Lund said. “And the state tied strings to it.”"
    )
    assert _texts([paragraph]) == [
        "towns were running out of money. They needed it",
        "And the state tied strings to it.",
    ]


def test_a_title_after_a_programme_noun_stays_a_title() -> None:
    paragraph = "Lund hosted the program, “Harbour Lights at Night,” for six years before she ran for office."
    assert _texts([paragraph]) == []


def test_words_somebody_described_a_thing_as_closing_the_sentence_are_theirs() -> None:
    paragraph = "Tessa Lund spoke of the old harbour wall, which she described as “like a broken tooth.”"
    assert _texts([paragraph]) == ["like a broken tooth."]
    direct = "Tessa Lund described the harbour wall as “like a broken tooth.”"
    assert _texts([direct]) == ["like a broken tooth."]
