"""Quote finder, v17 chains: whom a he/she heading a quote's attribution refers to, across
sentences and paragraphs. All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import speakers

# -- a speech verb with its subject before it has no subject after it ----------------------


def test_a_name_in_what_a_group_said_is_not_the_speaker_of_the_next_he_or_she() -> None:
    paras = [
        "“It is my last chance to see a candidate I trust,” said Mrs. Stacey Vance, 31.",
        "Vance and others said they could not support Hillary Moreau for governor. “I will write in "
        "somebody,” she said.",
    ]
    assert speakers(paras) == ["Stacey Vance", "Stacey Vance"]


def test_the_people_in_reported_words_are_not_the_speaker_after_an_unread_subject() -> None:
    paras = [
        "“We fish this bay every morning,” said Ruth Calder, who runs the co-op.",
        "The Calder family and their neighbours told us they would never back Diane Lowry. “Not in a "
        "hundred years,” she said.",
    ]
    assert speakers(paras) == ["Ruth Calder", "Ruth Calder"]


def test_an_inverted_verb_after_a_comma_still_names_its_subject() -> None:
    # Control: "…, said Jo Dee." after a paraphrase is inverted; its subject follows it.
    paras = [
        "The pier will reopen in May, said Hilda Marsh, the harbour master.",
        "“The piles are sound,” she said.",
    ]
    assert speakers(paras) == ["Hilda Marsh"]


# -- a profile's main speaker by count does not take a he/she from who just spoke -----------

_MAIN_SPEAKER = [
    "“The ferry will run again by May,” said Oskar Lindahl, the harbour master.",
    "“We have the parts,” Lindahl said. “We have the crew,” Lindahl said.",
    "“Only the weather can stop us,” Lindahl said. “And it will not,” Lindahl said.",
]


def test_a_person_reported_speaking_as_he_keeps_the_next_he() -> None:
    paras = [
        *_MAIN_SPEAKER,
        "Tomas Brekke, a retired welder, came to the quay with his son.",
        "“I worked on the old ferry for thirty years,” he said. “I would ride the new one tomorrow,” he added.",
    ]
    assert speakers(paras)[-2:] == ["Tomas Brekke", "Tomas Brekke"]


def test_a_person_only_mentioned_still_yields_the_he_to_the_main_speaker() -> None:
    # Control: the profile rule still passes over a name merely mentioned.
    paras = [
        *_MAIN_SPEAKER,
        "The old models included Quay Forty, a plywood deck on two oil drums.",
        "“In those models the idea was pure,” he said.",
    ]
    assert speakers(paras)[-1] == "Oskar Lindahl"


def test_a_person_reported_speaking_as_he_keeps_the_next_he_in_a_headline_profile() -> None:
    paras = [
        "“The ferry will run again by May,” said Oskar Lindahl, the harbour master.",
        "The harbour has waited six years for a new ferry.",
        "The council argued over the tender for a month.",
        "Tomas Brekke, who chairs the council, softened his tone on Monday. Asked who runs the harbour, "
        "he said Lindahl. “I would say Oskar, for now,” he said.",
        "“We can always disagree,” he said. “That is how a port works.”",
    ]
    found = speakers(paras, headline="Oskar Lindahl and the long wait for a ferry")
    assert found[1:] == ["Tomas Brekke"] * 3
