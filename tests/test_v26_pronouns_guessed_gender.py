"""A gender guessed from a given name that differs between languages ("Lee", "Jean",
"Andrea") puts a person after everybody else of their sentence, but never rules them out: the
speaker of the sentence right before a "she" is her even when her given name is more
often a man's. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize("given", ["Lee", "Kim"])
def test_the_speaker_just_before_takes_she_whatever_her_given_name_guesses(given: str) -> None:
    paras = [
        "Justice Thaddeus Crane wrote the opinion in the harbour case, joined by two colleagues.",
        f"In all, the court drifted toward its centre this term, Professor {given} Harlan said.",
        "“The middle of the bench held firm in every big case,” she said.",
    ]
    assert [q.speaker for q in find_quotes(paras)] == [f"{given} Harlan"]


def test_a_speaker_whose_gender_agrees_still_goes_first() -> None:
    paras = [
        "Professor Lee Harlan and Judge Mary Osei spoke at the bar dinner.",
        "The court drifted toward its centre this term, Osei said, and Harlan agreed.",
        "“The middle of the bench held firm in every big case,” she said.",
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Mary Osei"]


def test_one_whose_guess_disagrees_goes_after_everybody_of_the_sentence() -> None:
    paras = [
        "Lee Park and Mary Osei run the harbour board.",
        "“The ferries will run all winter,” Lee Park said, and Mary Osei nodded. “We have the money now,” she said.",
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Lee Park", "Mary Osei"]
