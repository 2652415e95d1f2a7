"""Speakers named by a clause shape the finder misread (version 17, found on PolNeAR):
"with X noting …" inside a sentence, and a newsletter item's heading before "Name:".
Invented text."""

from __future__ import annotations

from extract_helpers import speakers_and_texts as _speakers


def test_with_a_name_and_a_speech_participle_names_the_speaker() -> None:
    paragraphs = [
        "Both Reed and Lind saw the ferry closure as a sign of the council's disarray, with Lind noting the"
        " absurdity of running “a single boat at noon and nothing after dark” for a town of nine thousand."
    ]
    assert _speakers(paragraphs) == [("Lind", "a single boat at noon and nothing after dark")]


def test_with_a_name_and_another_participle_is_no_speech() -> None:
    # "with Lind watching": no speech verb, the sentence's subject keeps the quote.
    paragraphs = ["Jo Reed called the vote “a turning point for every village on the coast,” with Lind watching."]
    assert _speakers(paragraphs) == [("Jo Reed", "a turning point for every village on the coast")]


def test_a_heading_then_a_dash_then_a_name_and_a_colon() -> None:
    paragraphs = [
        "BOATS OUTNUMBER CARS FOR THE FIRST TIME - Jo Reed: “The harbour survey finds that there are now more"
        " boats than cars in the town, which has never happened before.”",
        "More from Reed: “The count is a starting point and it will be repeated every year from now on.”",
    ]
    assert [s for s, _ in _speakers(paragraphs)] == ["Jo Reed", "Jo Reed"]
