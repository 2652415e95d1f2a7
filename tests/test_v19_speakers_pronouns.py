"""Version 19: he/she across paragraphs in sports and world news. "The Spaniard, who
joined in June, …" describes somebody named before: it is no name a later he/she refers
to. "Diego Alvarez praised goalkeeper Marco Bellini" has Alvarez as its subject: a verb
between a name and the role of the next makes the first no modifier ("Fox News host
Sean Hannity" still is one). Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers


@pytest.mark.parametrize("nationality", ["Spaniard", "Argentine", "Swede", "Dutchman", "Italian", "Kenyan"])
def test_a_nationality_describing_the_subject_is_no_referent(nationality: str) -> None:
    assert speakers(
        [
            "Coach Diego Alvarez praised his players after the win in Seville.",
            f"The {nationality}, who took over in June, has lost only once this season.",
            "“We are building something special here,” he said.",
        ]
    ) == ["Diego Alvarez"]


def test_a_nationality_with_nobody_named_is_nobody() -> None:
    assert speakers(
        [
            "The Spaniard, who took over in June, has lost only once this season.",
            "“We are building something special here,” he said.",
        ]
    ) == [None]


def test_the_nationality_after_a_quote_is_still_the_person_named() -> None:
    assert speakers(
        [
            "Ruben Castellanos, the Valencia midfielder, scored twice on Saturday.",
            "“I felt strong from the first minute,” the Spaniard said.",
        ]
    ) == ["Ruben Castellanos"]


def test_a_subject_praising_a_player_by_role_keeps_the_pronoun() -> None:
    assert speakers(
        [
            "Diego Alvarez praised goalkeeper Marco Bellini after the win.",
            "“We are building something special here,” he said.",
        ]
    ) == ["Diego Alvarez"]
    assert speakers(
        [
            "Coach Diego Alvarez met striker Marco Bellini on Monday to discuss a new contract.",
            "The club has lost only once since June.",
            "“We are building something special here,” he said.",
        ]
    ) == ["Diego Alvarez"]


def test_a_broadcaster_before_a_hosts_role_is_still_a_modifier() -> None:
    assert speakers(
        [
            "Tom Hale told Harbour Radio host Sam Pike that he would run for the seat.",
            "“I am ready for this fight,” he said.",
        ]
    ) == ["Tom Hale"]


@pytest.mark.parametrize(
    "description", ["the 22-time grand slam champion", "the defending champion", "the footballer", "the jockey"]
)
def test_a_sports_description_names_the_athlete_named_before(description: str) -> None:
    assert speakers(
        [
            "Rafael Nadal Parera lost in the first round in Paris on Monday.",
            f"“My body did not respond the way I wanted,” {description} said.",
        ]
    ) == ["Rafael Nadal Parera"]


def test_a_description_of_an_unnamed_protester_is_not_the_police_chief() -> None:
    assert speakers(
        [
            "Police chief Omar Haddad said officers had used tear gas on the crowd.",
            "“They shot at us like animals,” the protester said.",
        ]
    ) == [None]


# -- given names of world news: a he/she of the one gender they give ------------------


@pytest.mark.parametrize(
    ("subject", "other", "pronoun"),
    [
        ("Giorgia Melandri", "Ursula Lindner", "she"),
        ("Chiara Bassi", "Ursula Lindner", "she"),
        ("Katarzyna Nowak", "Ursula Lindner", "she"),
        ("Tomasz Nowak", "Ivan Petrov", "he"),
        ("Mahmoud Haddad", "Ivan Petrov", "he"),
    ],
)
def test_the_subject_of_a_meeting_is_the_pronoun_of_its_gender(subject: str, other: str, pronoun: str) -> None:
    assert speakers(
        [f"{subject} met {other} in Rome on Friday.", f"“We agree on almost everything,” {pronoun} said."]
    ) == [subject]


def test_a_given_name_of_the_other_gender_is_passed_over() -> None:
    assert speakers(
        ["Tomasz Nowak met Katarzyna Lis in Warsaw on Friday.", "“We agree on almost everything,” she said."]
    ) == ["Katarzyna Lis"]


def test_the_person_a_cleft_puts_first_takes_the_pronoun_from_an_earlier_speaker() -> None:
    assert (
        speakers(
            [
                "“The mountain decides when you go out,” said Maria Lopez, 55, who leads the rescue team.",
                "“Most call-outs come after dark,” Lopez said.",
                "It was Ana Ruiz, 23 — Maria Lopez’s niece and the youngest volunteer — who saw the light. "
                "“I thought it was a car on the road,” she said.",
            ]
        )[-1]
        == "Ana Ruiz"
    )


# -- "His speech came after a meeting with X": the his carries the subject on ----------


def test_a_possessive_opening_the_sentence_carries_the_earlier_subject_past_an_object() -> None:
    assert speakers(
        [
            "Finnish President Alexander Stubb spoke at the security conference in Munich on Saturday.",
            "His speech came a day after a meeting with US Vice President JD Vance.",
            "“Europe must take responsibility for its own defence,” he said.",
        ]
    ) == ["Alexander Stubb"]


def test_a_sentence_about_an_object_with_no_possessive_still_names_the_object() -> None:
    assert speakers(
        [
            "Finnish President Alexander Stubb spoke at the security conference in Munich on Saturday.",
            "The prize for the best speech went to US Vice President JD Vance.",
            "“Europe must take responsibility for its own defence,” he said.",
        ]
    ) == ["JD Vance"]


def test_a_possessive_of_the_other_gender_leaves_the_object() -> None:
    assert speakers(
        [
            "Finnish President Alexander Stubb spoke at the security conference in Munich on Saturday.",
            "Her speech came a day after a meeting with Ursula Lindner.",
            "“Europe must take responsibility for its own defence,” she said.",
        ]
    ) == ["Ursula Lindner"]


def test_the_pontiff_is_the_pope_named_before() -> None:
    assert speakers(
        [
            "Pope Leo XIV celebrated Mass in St Peter's Square on Sunday.",
            "“Peace is possible, even now,” the pontiff said.",
        ]
    ) == ["Leo XIV"]
