"""Version 19: speakers in wire and international news style. News agencies relay
words in the passive ("was quoted by Interfax as saying") or with the outlet as subject
("TASS quoted him as saying"); bodies speak under names the scan had taken for people
("Amnesty International", "Human Rights Watch") or with their kind after
the name ("the Refugee Council charity said"); a role phrase naming a body and its kind
is apposed to the person ("said the general secretary of the RMT union, Mick Lynd");
"police said" is the force the article named. Each rule with its guard. Invented text."""

from __future__ import annotations

from extract_helpers import speakers

# -- "was quoted as saying": the person quoted speaks, never the outlet relaying them ----


def test_quoted_as_saying_by_an_agency_after_the_quote() -> None:
    assert speakers(
        [
            "“There will be no second wave of call-ups,” Deputy Defence Minister Ivan Popov was quoted as "
            "saying by Interfax."
        ]
    ) == ["Ivan Popov"]


def test_quoted_by_an_agency_as_saying_before_the_quote() -> None:
    assert speakers(
        ["Ivan Popov was quoted by RIA Novosti as saying: “There will be no second wave of call-ups.”"]
    ) == ["Ivan Popov"]


def test_an_agency_quoting_a_person_as_saying_names_the_person() -> None:
    assert speakers(
        [
            "Deputy Defence Minister Ivan Popov met reporters in Moscow.",
            "The RIA news agency quoted Ivan Popov as saying: “There will be no second wave of call-ups.”",
            "“We are ready to defend our land,” TASS quoted him as saying.",
        ]
    ) == ["Ivan Popov", "Ivan Popov"]


def test_quoted_as_saying_of_somebody_unnamed_stays_unnamed() -> None:
    assert speakers(["“Our position is unchanged,” a senior official was quoted as saying by Interfax."]) == [None]


# -- bodies the name scan took for people -------------------------------------


def test_a_rights_group_named_with_international_or_watch_is_the_group() -> None:
    for body in ("Amnesty International", "Human Rights Watch"):
        assert speakers(
            [
                f"{body} accused the security forces of firing live rounds at protesters.",
                "“This is a grave breach of international law,” the group said in a report on Thursday.",
            ]
        ) == [body], body


def test_a_person_whose_surname_ends_in_bank_stays_a_person() -> None:
    assert speakers(
        [
            "John Fairbank, 61, has farmed the valley for forty years.",
            "“The river has never been this low,” he said.",
        ]
    ) == ["John Fairbank"]


def test_the_group_with_no_group_named_is_nobody() -> None:
    assert speakers(["“We have no comment on the claims,” the group said."]) == [None]


# -- a body's name, then its kind ------------------------------------------------


def test_a_body_named_before_its_kind_speaks() -> None:
    assert speakers(
        ["“Conditions in the camp are getting worse by the day,” the Norwegian Refugee Council charity said."]
    ) == ["Norwegian Refugee Council"]
    assert speakers(["“The vessel was struck by two drones,” the UK Maritime Trade Operations agency said."]) == [
        "UK Maritime Trade Operations"
    ]


def test_a_persons_name_before_campaign_is_still_that_person() -> None:
    assert speakers(
        ["Sam Pike is running for mayor.", "“We raised more than anyone in the race,” the Sam Pike campaign said."]
    ) == ["Sam Pike"]


# -- a role naming a body and its kind, then the person apposed ------------------


def test_a_role_of_a_named_union_then_the_apposed_person() -> None:
    assert speakers(
        ["“Our members have had enough of empty promises,” said the general secretary of the RMT union, Mick Lynd."]
    ) == ["Mick Lynd"]
    assert speakers(["“Our members will walk out on Monday,” said RMT union boss, Mick Lynd."]) == ["Mick Lynd"]


def test_a_person_then_the_role_of_a_named_union_is_unchanged() -> None:
    assert speakers(
        ["“Our members have had enough of empty promises,” said Mick Lynd, general secretary of the RMT union."]
    ) == ["Mick Lynd"]


# -- "police said" -------------------------------------------------------------


def test_police_said_is_the_force_the_article_named() -> None:
    assert speakers(
        [
            "Thames Valley Police arrested two men in Reading on Friday.",
            "“Both men remain in custody and inquiries are continuing,” police said in a statement.",
        ]
    ) == ["Thames Valley Police"]


def test_police_said_with_no_force_named_is_nobody() -> None:
    assert speakers(
        [
            "Two men were arrested in Reading on Friday.",
            "“Both men remain in custody and inquiries are continuing,” police said in a statement.",
        ]
    ) == [None]


# -- "according to" somebody unnamed of a named body --------------------------------


def test_according_to_a_bodys_spokesperson_is_nobody_named() -> None:
    assert speakers(["“The ceasefire is holding in most areas,” according to a UN spokesperson."]) == [None]
    assert speakers(["According to an Interior Ministry official, “the border crossings are now closed.”"]) == [None]


def test_according_to_a_bodys_spokesman_with_his_name_apposed_is_him() -> None:
    assert speakers(["“The ceasefire is holding in most areas,” according to a UN spokesman, Stephane Dujardin."]) == [
        "Stephane Dujardin"
    ]


def test_according_to_the_body_or_its_named_spokesman_is_unchanged() -> None:
    assert speakers(["“The ceasefire is holding in most areas,” according to the UN."]) == ["UN"]
    assert speakers(["“The ceasefire is holding in most areas,” according to UN spokesman Stephane Dujardin."]) == [
        "Stephane Dujardin"
    ]


# -- "it" after a body described, not named ---------------------------------------------


def test_it_after_a_described_body_is_not_the_body_it_struck() -> None:
    assert speakers(
        [
            "The Israeli military said it had struck Hezbollah targets in southern Lebanon overnight.",
            "“We will continue to act against any threat,” it said.",
        ]
    ) == [None]
    assert speakers(
        [
            "The company said it had bought Acme Foods for $2bn.",
            "“This deal makes us stronger in every market,” it said.",
        ]
    ) == [None]


def test_it_after_a_named_body_is_still_that_body() -> None:
    assert speakers(
        ["The Harbour Group said it had bought Acme Foods for $2bn.", "“This deal makes us stronger,” it said."]
    ) == ["Harbour Group"]
    assert speakers(
        [
            "The Israeli military said it had struck Hezbollah targets in southern Lebanon overnight.",
            "“We will respond with force,” Hezbollah said.",
        ]
    ) == ["Hezbollah"]


# -- "the carmaker said": a trade noun is any company named before ----------------------


def test_a_trade_noun_names_the_company_named_before() -> None:
    assert speakers(
        [
            "Tesla said in a regulatory filing that its deliveries fell for a second quarter.",
            "“Demand remains strong in China,” the carmaker said.",
        ]
    ) == ["Tesla"]


def test_a_trade_noun_with_no_company_named_is_nobody() -> None:
    assert speakers(
        ["Deliveries fell for a second quarter.", "“Demand remains strong in China,” the carmaker said."]
    ) == [None]
