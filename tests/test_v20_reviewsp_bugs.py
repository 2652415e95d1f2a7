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


def test_a_company_by_its_trade_is_not_a_business_of_another_trade() -> None:
    # business pages: a bank named after the airline does not speak as "the airline"
    assert speakers(
        [
            "Skyward Airways said on Monday it had ordered 40 new jets.",
            "The deal was financed by Harlow Bank, which lent $2bn.",
            "“This is a bold step for us,” the airline said.",
        ]
    ) == ["Skyward Airways"]


def test_a_company_by_its_trade_is_still_the_business_named_before() -> None:
    assert speakers(
        [
            "Kestrel Homes agreed on Monday to buy a rival for £90m.",
            "“The market for new homes is strong,” the housebuilder said.",
        ]
    ) == ["Kestrel Homes"]
    assert speakers(
        [
            "Shares in Nordwave Bank fell 8% after it cut its forecast for the year.",
            "“We are confident of the long term,” the lender said.",
        ]
    ) == ["Nordwave Bank"]


def test_a_bare_brand_or_place_acting_is_no_he() -> None:
    # local news: a brand owning "its" prices, a town written "in Ashford"
    assert speakers(
        [
            "“We cannot absorb the cost,” said Tom Hale, who runs a shoe shop in town.",
            "Shoppers in town blamed Nike for the rise.",
            "Nike raised its prices again on Monday.",
            "“It is a blow for families,” he said.",
        ]
    ) == ["Tom Hale", "Tom Hale"]
    assert speakers(
        [
            "“We cannot absorb the cost,” said Tom Hale, who runs a shop in the town.",
            "The vote in Ashford was close.",
            "Ashford voted for the plan on Monday.",
            "“It is a blow for families,” he said.",
        ]
    ) == ["Tom Hale", "Tom Hale"]


def test_a_he_or_she_heading_the_sentence_is_its_subject_over_a_later_name() -> None:
    # features: a name after the opening pronoun is the object of its clause
    assert speakers(
        [
            "Tom Vane, the chef, opened his first restaurant in May.",
            "Ann Roe cooked the meal on Friday. She even showed touches that Mr. Vane might enjoy, "
            "recalling “the dishes of my childhood in the hills.”",
        ]
    ) == ["Ann Roe"]
    assert speakers(
        [
            "Senator Ruth Kane spoke at the rally on Monday night.",
            "She called Governor Sam Poe “a man who has never once kept a promise to this state.”",
        ]
    ) == ["Ruth Kane"]


def test_an_honorific_of_the_other_gender_names_somebody_else() -> None:
    # local news / politics: "Mrs. Hale" is not the "Tom Hale" named before, so her
    # "she said" finds her
    assert speakers(
        [
            "Tom Hale ran the mill for thirty years until it closed in May.",
            "Mrs. Hale, his wife, kept the books. “We never missed a payday,” she said.",
        ]
    ) == ["Hale"]
    assert speakers(
        [
            "Mr. Clinton spoke first at the rally on Monday.",
            "Later Mrs. Clinton took the stage. “We will win this,” she said.",
        ]
    ) == ["Clinton"]


def test_an_honorific_of_the_same_gender_is_still_the_person_named_before() -> None:
    assert speakers(
        [
            "Tom Hale ran the mill for thirty years until it closed in May.",
            "“We never missed a payday,” Mr. Hale said.",
        ]
    ) == ["Tom Hale"]
