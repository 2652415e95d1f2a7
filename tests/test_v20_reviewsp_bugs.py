"""Review of the version 20 speaker rules: cases where a new rule named the wrong person,
or nobody, on ordinary news text. Invented text."""

from __future__ import annotations

from extract_helpers import speakers


def test_a_business_described_by_its_nationality_is_the_one_named() -> None:
    # wire copy: "the German carmaker", "the Japanese company"; no nationality in the name
    assert speakers(
        [
            "Volkswagen said on Tuesday it would cut 2,000 jobs at its plants.",
            "“The market has changed,” the German carmaker said in a statement.",
        ]
    ) == ["Volkswagen"]
    assert speakers(
        [
            "Shares in Toyota fell on Monday after a recall of 90,000 cars.",
            "“We apologise to our customers,” the Japanese company said.",
        ]
    ) == ["Toyota"]


def test_a_public_body_qualified_by_another_place_is_still_nobody() -> None:
    assert speakers(
        [
            "The European Commission opened an inquiry into the merger on Monday.",
            "“We will study the findings,” the Swedish government said.",
        ]
    ) == [None]


def test_a_question_label_yields_to_a_name_after_the_quote() -> None:
    # a press conference printed as turns, the asker named after the question
    assert speakers(
        [
            "Q: “Why now, after ten years of delay?” asked Tom Hale of the Daily Star.",
            "The minister, Ann Roe, said she would answer later in the week.",
        ]
    ) == ["Tom Hale"]


def test_an_answer_label_still_goes_to_the_person_interviewed() -> None:
    assert speakers(
        [
            "Greta Solberg has grown apples on the same hillside for forty years.",
            "Q: “Where did the idea come from?”",
            "A: “From my grandmother's kitchen, a long time ago.”",
        ]
    ) == [None, "Greta Solberg"]
