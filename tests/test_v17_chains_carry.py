"""Quote finder, v17 chains: who a quote with no speech verb of its own goes on with, across
sentences and paragraphs. All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import speakers

# -- people named in the rest of the last speech clause's sentence do not speak ------------


def test_a_name_in_the_relative_clause_after_the_speaker_does_not_take_the_next_quote() -> None:
    paras = [
        "“The harbour needs dredging before winter,” said Captain Ines Morrow, who said she would "
        "not vote for either Paul Grady or Tom Vance. “The silt is already above the markers.”"
    ]
    assert speakers(paras) == ["Ines Morrow", "Ines Morrow"]


def test_the_people_a_he_or_she_talks_of_do_not_take_the_next_quote() -> None:
    paras = [
        "Dana Reyes ended the interview on the shortlist.",
        "“In any other year they would be on it,” she said of a list that included Mayor Owen Pratt "
        "and Councillor Lila Frost. “This year nobody expects it.”",
    ]
    assert speakers(paras) == ["Dana Reyes", "Dana Reyes"]


def test_a_name_in_a_participle_after_the_speech_verb_does_not_take_the_next_quote() -> None:
    paras = [
        "Hugo Lind spoke first at the town hall.",
        "“We came a long way this year,” he said, noting that at one point he had trailed Marta "
        "Solberg by fifty points. “We will work as hard as we can.”",
    ]
    assert speakers(paras) == ["Hugo Lind", "Hugo Lind"]


def test_a_surname_of_unknown_kind_keeps_the_quote_after_its_object() -> None:
    paras = [
        "“In any other year they would be on the list,” Quarrie said of a list that included Sen. "
        "Owen Pratt and Gov. Lila Frost. “This year nobody expects it.”"
    ]
    assert speakers(paras) == ["Quarrie", "Quarrie"]


def test_a_name_opening_the_next_sentence_still_takes_the_quote() -> None:
    # Control: a new sentence about somebody else, after the speech clause's sentence.
    paras = [
        "“We came a long way this year,” Hugo Lind said.",
        "Marta Solberg was not impressed. “He has not won anything yet.”",
    ]
    assert speakers(paras) == ["Hugo Lind", "Marta Solberg"]


def test_a_name_completing_a_misread_subject_still_takes_the_next_quote() -> None:
    # "said Harbour ranking member …": the verb's subject read as the body, the person
    # named in full after it is the one who goes on.
    paras = [
        "“They are spending their last days here on a stunt,” said Harbour ranking Democrat Jo "
        "Quillan. “It is a waste of everyone's time.”"
    ]
    assert speakers(paras)[1] == "Jo Quillan"


def test_a_speech_clause_in_a_subordinate_clause_does_not_hide_the_main_speaker() -> None:
    paras = [
        "“Your record is remarkable,” Vera Holm assured Dan Pike, after Pike assured Holm that his "
        "listeners backed her. “I will not let you down.”"
    ]
    assert speakers(paras) == ["Vera Holm", "Vera Holm"]
