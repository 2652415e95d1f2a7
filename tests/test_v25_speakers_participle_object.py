"""Version 25: the object of a participle phrase opening a sentence right before a quote
("Accusing Dana Price of theft, “…,” she said", "Accusing Dana Price of theft: “…”") is
not the he/she who speaks it, nor the subject of the colon's clause, as
"Citing Dana Price, she said “…”" already was not: the he/she is the subject the
participle leaves out. A name opening the sentence that only ends in -ing ("Manning, the
coach, …") is no participle. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_the_object_of_an_opening_participle_before_a_quote_does_not_speak() -> None:
    found = find_quotes(
        [
            "Ann Toll was furious after the harbour board met.",
            "Accusing Dana Price of theft, “we never took a single page of the plans,” she said.",
        ]
    )
    assert [q.speaker for q in found] == ["Ann Toll"]


def test_a_participle_label_before_a_colon_names_not_its_object() -> None:
    found = find_quotes(
        [
            "Ann Toll was furious after the harbour board met.",
            "Accusing Dana Price of theft: “We never took a single page of the plans.”",
        ]
    )
    assert [q.speaker for q in found] != ["Dana Price"]


def test_a_surname_in_ing_opening_the_sentence_still_speaks() -> None:
    found = find_quotes(
        [
            "Tom Crane watched from the pier while Jo Manning, the harbour coach, timed the crews.",
            "Later Crane left. Manning, still at the pier, “had never seen the crews row faster,” he said.",
        ]
    )
    assert [q.speaker for q in found] == ["Jo Manning"]
