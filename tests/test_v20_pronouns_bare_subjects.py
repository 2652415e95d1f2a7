"""Version 20: a bare surname the article never gave a first name, role or quote, acting as
a sentence's subject ("Ancelotti dodged the question."), is the he/she of the quote right
after it, not the speaker quoted before. A capital only a sentence's start gave ("Sometimes",
"Audiences") and an acronym ("NATO") are nobody. Invented text."""

from __future__ import annotations

from extract_helpers import speakers


def test_a_bare_surname_acting_takes_the_next_pronoun_in_sports() -> None:
    assert speakers(
        [
            "Two managers were asked to pick the title winner on Friday, and both Mourinho and Ancelotti smiled.",
            "Mourinho admitted his pick was a tease. “I say the team in red,” he said.",
            "Ancelotti dodged the question and made no choice. “It will be one of the two teams at the top,” he said.",
        ]
    ) == ["Mourinho", "Ancelotti"]


def test_a_bare_surname_with_an_adverb_before_its_verb() -> None:
    # politics: "Olsen also answered …" and no speech verb of his in that sentence
    assert speakers(
        [
            "“This count is a hoax,” Dalton wrote on Tuesday, a day after Olsen toured the depot.",
            "Olsen also answered Dalton’s concerns last Thursday, in a visit to the county office.",
            "“We take our duty to protect the vote seriously,” he added.",
        ]
    ) == ["Dalton", "Olsen"]


def test_a_capitalised_common_word_or_acronym_is_nobody() -> None:
    assert speakers(
        [
            "“We will rebuild by the spring,” Tom Hale said.",
            "Sometimes whole streets flooded within an hour.",
            "“Nobody will be left without a roof,” he said.",
        ]
    ) == ["Tom Hale", "Tom Hale"]
    assert speakers(
        [
            "“The border is calm tonight,” said General Piotr Nowak.",
            "NATO warned on Monday that the drills would go on.",
            "“We are ready for anything,” he said.",
        ]
    ) == ["Piotr Nowak", "Piotr Nowak"]


def test_a_surname_only_opening_sentences_is_no_name() -> None:
    # a word the article capitalises only at a sentence's start, then a verb
    assert speakers(
        [
            "“The mill will reopen in May,” said Ruth Kane, the owner.",
            "Buyers watched the auction closely on Friday.",
            "“We expect a fair price,” she said.",
        ]
    ) == ["Ruth Kane", "Ruth Kane"]
