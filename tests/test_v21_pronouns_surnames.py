"""Version 21: a candidate a short story names once, by surname, as a sentence's subject.
"Carson dodged the question. “…,” he said.": the name opens its sentence, so the article
never shows its capital anywhere else, yet the he/she of the very next sentence is that
person, not the one quoted before. Plurals ("Buyers watched …"), words the article also
writes in lower case, and such a name further back stay nobody. Invented text."""

from __future__ import annotations

from extract_helpers import speakers

_PICKS = [
    "The candidates were asked on Sunday which team would win the final.",
    "Delmont openly admitted that his pick was about the next primary. “With an eye to the vote in March,” he said.",
]


def test_a_surname_opening_the_sentence_before_takes_the_he() -> None:
    assert speakers(
        [
            *_PICKS,
            "Brackley dodged the question and made no choice. “The winner will be one of the two teams,” he said.",
        ]
    ) == ["Delmont", "Brackley"]


def test_a_surname_two_sentences_back_does_not() -> None:
    assert speakers(
        [
            *_PICKS,
            "Brackley dodged the question. The crowd laughed. “The winner will be one of the two teams,” he said.",
        ]
    ) == ["Delmont", "Delmont"]


def test_a_word_also_written_in_lower_case_does_not() -> None:
    assert speakers(
        [
            *_PICKS,
            "Silence followed, and the silence lasted. “The winner will be one of the two teams,” he said.",
        ]
    ) == ["Delmont", "Delmont"]
