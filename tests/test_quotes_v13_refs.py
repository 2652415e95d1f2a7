"""Descriptions and pronouns as speakers: who "the minister", "the 56-year-old", "the
Italian", "her lawyer" or a he/she names, and when nobody named is right. All text is
invented for these tests."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

# -- a description names the person the article introduced as that ---------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Jo Dee, the city's finance minister, presented the budget on Tuesday.",
                "Opposition members walked out of the chamber.",
                "“We have no choice but to cut,” the minister said.",
            ],
            "Jo Dee",
        ),
        (
            [
                "Jo Dee, the city's finance minister, presented the budget on Tuesday.",
                "Opposition members walked out.",
                "The minister told reporters: “We have no choice but to cut.”",
            ],
            "Jo Dee",
        ),
        (
            [
                "Finance Minister Jo Dee met union leader Sam Poe on Friday.",
                "Poe called the talks useful.",
                "“We are not there yet,” said the minister.",
            ],
            "Jo Dee",
        ),
        (
            [
                "Acme's chief executive, Jo Dee, announced 300 job cuts on Monday.",
                "Shares fell by a fifth.",
                "“This is the hardest call I have made,” the executive said.",
            ],
            "Jo Dee",
        ),
        (
            [
                "Lena Marsh, who heads the Harbour Trust, toured the docks.",
                "“The trust cannot carry this alone,” the head of the trust said.",
            ],
            "Lena Marsh",
        ),
        (
            [
                "The Harbour Board met on Monday under Tom Hale, its chairman.",
                "Ana Cruz, a member, walked out.",
                "“We will not sell the quay,” the chairman of the board said.",
            ],
            "Tom Hale",
        ),
    ],
)
def test_a_role_names_the_person_introduced_in_it(paragraphs: list[str], speaker: str) -> None:
    """An office or a place at the head of a body, given in an apposition or before the
    name, is what a later "the minister" / "the head of the trust" refers back to, past
    other people named since."""
    assert speakers(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Dr. Ana Cruz treated the first patients in March.",
                "Nurse Tom Hale worked beside her for weeks.",
                "“We had no masks at all,” the doctor said.",
            ],
            "Ana Cruz",
        ),
        (
            [
                "Sen. Jo Dee met Mayor Sam Poe on Friday.",
                "Poe asked for more money for the port.",
                "“The money is there,” the senator said.",
            ],
            "Jo Dee",
        ),
        (
            [
                "Sen. Jo Dee met Mayor Sam Poe on Friday.",
                "Poe asked for more money for the port.",
                "“The money is there,” the lawmaker said.",
            ],
            "Jo Dee",
        ),
        (
            [
                "Acme CEO Jo Dee met union leader Sam Poe on Friday.",
                "Poe asked for a pay rise.",
                "“We cannot afford it,” the executive said.",
            ],
            "Jo Dee",
        ),
    ],
)
def test_a_title_is_the_role_a_description_names(paragraphs: list[str], speaker: str) -> None:
    """ "Dr.", "Sen.", "CEO" before a name make it "the doctor", "the senator" or "the
    lawmaker", "the executive", not the person named last."""
    assert speakers(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Marta Lind, 56, has run the bakery for thirty years.",
                "Her son helps on weekends.",
                "“I never thought I would close it,” the 56-year-old said.",
            ],
            "Marta Lind",
        ),
        (
            [
                "Marta Lind, a 56-year-old baker, has run the shop for thirty years.",
                "Her neighbour Tom Hale joined her on the picket.",
                "“I never thought I would close it,” the 56-year-old said.",
            ],
            "Marta Lind",
        ),
        (
            [
                "Marta Lind (56) has run the bakery for thirty years.",
                "Tom Hale, her neighbour, joined the picket.",
                "“I never thought I would close it,” the 56-year-old said.",
            ],
            "Marta Lind",
        ),
        (
            [
                "Striker Paolo Venti, 29, scored twice.",
                "Coach Amir Dahl praised the defence.",
                "“I just try to be in the right place,” the 29-year-old striker said.",
            ],
            "Paolo Venti",
        ),
    ],
)
def test_an_age_names_the_person_given_it(paragraphs: list[str], speaker: str) -> None:
    """ "the 56-year-old" is the person given that age: ", 56,", "(56)", ", a 56-year-old
    baker," after the name, or "56-year-old" before it; not the person named last."""
    assert speakers(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Italian striker Marco Rossi and Spanish keeper Luis Ortega both played the full match.",
                "Ortega saved a penalty late on.",
                "“We deserved more than a draw,” the Italian said.",
            ],
            "Marco Rossi",
        ),
        (
            [
                "The Kenyan runner Ruth Wambui won the race in record time.",
                "Second place went to Ana Cruz of Portugal.",
                "“I felt strong from the start,” the Kenyan said.",
            ],
            "Ruth Wambui",
        ),
        (
            [
                "Kenyan runner Ruth Wambui won in record time.",
                "Ana Cruz of Portugal was second.",
                "“I felt strong from the start,” the runner said.",
            ],
            "Ruth Wambui",
        ),
        (
            [
                "Rep. Jo Dee (D-Ohio) and Rep. Sam Poe (R-Texas) wrote the bill together.",
                "Poe has since withdrawn his support.",
                "“We had a deal,” the Ohio Democrat said.",
            ],
            "Jo Dee",
        ),
        (
            [
                "Democratic Sen. Jo Dee and Republican Sen. Sam Poe wrote the bill together.",
                "Poe has since withdrawn his support.",
                "“We had a deal,” the Democrat said.",
            ],
            "Jo Dee",
        ),
    ],
)
def test_a_nationality_party_or_trade_names_the_person_introduced_so(paragraphs: list[str], speaker: str) -> None:
    """ "the Italian", "the Kenyan", "the runner", "the Ohio Democrat" name the person
    introduced with that word before the name or a party tag after it, not the person
    named since."""
    assert speakers(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Jo Dee was charged in March.",
                "Her lawyer, Sam Poe, filed the appeal on Monday.",
                "The court will hear it in June.",
                "“My client has done nothing wrong,” her lawyer said.",
            ],
            "Sam Poe",
        ),
        (
            [
                "Tom Hale was injured in the crash.",
                "His wife, Ann Hale, was at his bedside on Sunday.",
                "“He is a fighter,” his wife said.",
            ],
            "Ann Hale",
        ),
        (
            [
                "Dee's lawyer, Sam Poe, filed the appeal on Monday.",
                "“My client has done nothing wrong,” the lawyer said.",
            ],
            "Sam Poe",
        ),
        (
            [
                "Jo Dee was charged in March.",
                "Sam Poe, a neighbour, saw the arrest.",
                "“My client has done nothing wrong,” her lawyer said.",
            ],
            None,
        ),
    ],
)
def test_a_relation_names_the_person_named_in_it(paragraphs: list[str], speaker: str | None) -> None:
    """ "her lawyer", "his wife" is the person the article named as the lawyer or wife;
    with nobody named so, nobody named (never the owner, "her", nor the neighbour)."""
    assert speakers(paragraphs) == [speaker]


def test_a_description_far_from_any_name_is_the_one_person_of_the_article() -> None:
    paras = [
        "Greta Solberg has been growing apples in the valley for forty years.",
        "The valley floods most springs.",
        "Insurers stopped covering the farms in 2015.",
        "Prices of fruit fell by half.",
        "The river was dredged last in 1970.",
        "“You learn to live with the river,” the farmer said.",
    ]
    assert speakers(paras) == ["Greta Solberg"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Jo Dee, the mayor, opened the bridge on Monday.",
            "An official who was not authorised to speak publicly said the cost had doubled.",
            "“Nobody wanted to say it out loud,” the official said.",
        ],
        [
            "Mayor Jo Dee opened the bridge on Monday.",
            "The council has not published the cost.",
            "“The figures will be released in due course,” the council spokesperson said.",
        ],
        [
            "Mayor Jo Dee opened the bridge on Monday.",
            "Police closed two roads for the ceremony.",
            "“The roads will reopen by six,” the police spokesman said.",
        ],
        [
            "Mayor Jo Dee opened the bridge on Monday.",
            "A resident who lives by the river watched from her porch.",
            "“It took them ten years,” the resident said.",
        ],
    ],
)
def test_a_description_of_somebody_unnamed_names_nobody(paragraphs: list[str]) -> None:
    """An official introduced unnamed, or a spokesperson nobody named, is not the mayor
    named before: the speaker is None."""
    assert speakers(paragraphs) == [None]


# -- he/she -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "“We will rebuild,” Tom Hale said on Monday.",
                "The storm flattened the barn that Sam Poe built in 1990.",
                "“It will take a year,” he said.",
            ],
            ["Tom Hale", "Tom Hale"],
        ),
        (
            [
                "“We will rebuild,” Tom Hale said on Monday.",
                "Sam Poe's shop next door burned down too.",
                "“It will take a year,” he said.",
            ],
            ["Tom Hale", "Tom Hale"],
        ),
        (
            [
                "“Prices will rise,” said Tom Hale, who runs the market.",
                "Traders blamed Sam Poe, the landlord, for the rent.",
                "“Everyone is squeezed,” he added.",
            ],
            ["Tom Hale", "Tom Hale"],
        ),
        (
            [
                "“We never planned to grow,” Ana Cruz said.",
                "Last spring the bakery hired Lena Marsh, a pastry chef from Lyon.",
                "“Now we bake for three cafes,” she said.",
            ],
            ["Ana Cruz", "Ana Cruz"],
        ),
        (
            [
                "“We never planned to grow,” Ana Cruz said.",
                "The bakery now employs Lena Marsh and two other bakers.",
                "She added: “Now we bake for three cafes.”",
            ],
            ["Ana Cruz", "Ana Cruz"],
        ),
    ],
)
def test_a_pronoun_goes_on_with_the_speaker_past_a_person_only_mentioned(
    paragraphs: list[str], expected: list[str]
) -> None:
    """A person named inside a sentence about something else (an object, a possessor, a
    relative clause) does not take the he/she from the speaker quoted just before."""
    assert speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "“We never planned to grow,” Ana Cruz said.",
                "Her sister, Lena Marsh, moved to Lyon in 2012.",
                "“I miss the early mornings,” she said.",
            ],
            ["Ana Cruz", "Lena Marsh"],
        ),
        (
            ["Tom Hale thanked Sam Poe for his help.", "“Without him I would be nowhere,” he said."],
            ["Tom Hale"],
        ),
        (
            ["Tom Hale read Sam Poe's letter twice.", "“It made me angry,” he said."],
            ["Tom Hale"],
        ),
        (
            ["Ana Cruz sued Lena Marsh in 2019.", "“I had no choice,” she said."],
            ["Ana Cruz"],
        ),
    ],
)
def test_a_pronoun_is_the_latest_subject(paragraphs: list[str], expected: list[str]) -> None:
    """The subject of the latest sentence naming somebody is the he/she, over its objects
    and possessors; a new subject takes it from the speaker before."""
    assert speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Maria Lopez met Tom Hale at the station.", "“We have a lot to discuss,” she said."], "Maria Lopez"),
        (
            [
                "The boy's mother, Dana Kerr, waited outside the court.",
                "Judge Tom Hale adjourned the case.",
                "“I just want the truth,” she said.",
            ],
            "Dana Kerr",
        ),
        (["Ms. Kerr met Mr. Okafor on Tuesday.", "“It was a frank talk,” she said."], "Kerr"),
        (
            ["The actress Lin Park and director Chris Vale arrived late.", "“We got lost,” she said."],
            "Lin Park",
        ),
        (
            [
                "Tom Hale has farmed the valley for forty years.",
                "He lost his barn in the flood. He told Sam Poe, his neighbour, that he would stay.",
                "He is 71.",
                "“I am not going anywhere,” he said.",
            ],
            "Tom Hale",
        ),
    ],
)
def test_a_pronoun_agrees_in_gender_and_keeps_its_chain(paragraphs: list[str], speaker: str) -> None:
    """Given names, honorifics and roles ("mother", "actress") say who a she can be; a
    chain of sentences opening on "he" keeps its referent past an object named in it."""
    assert speakers(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Mia Holt, 16, swam the channel on Sunday.",
                "Her coach Tom Hale followed in a boat.",
                "“My arms stopped working after ten hours,” the teenager said.",
            ],
            "Mia Holt",
        ),
        (
            [
                "Acme chief executive Jo Dee met union leader Sam Poe on Friday.",
                "Poe asked for a pay rise.",
                "“We cannot afford it,” the Acme boss said.",
            ],
            "Jo Dee",
        ),
        (
            [
                "Former minister Jo Dee spoke at the rally.",
                "Sam Poe, the organiser, introduced her.",
                "“This town deserves better,” the ex-minister said.",
            ],
            "Jo Dee",
        ),
        (
            [
                "Dana Kerr lost her job at the mill in May.",
                "Her husband Tom works nights.",
                "“We eat less now,” the mother-of-three said.",
            ],
            "Dana Kerr",
        ),
        (
            [
                "Ravi Menon opened his first shop in 1988.",
                "Today the chain has forty stores.",
                "Sales rose by a tenth last year.",
                "Rivals have struggled to keep up.",
                "Online orders now make up a third of sales.",
                "“We never stopped listening to customers,” the shopkeeper said.",
            ],
            "Ravi Menon",
        ),
    ],
)
def test_a_description_by_age_group_trade_or_former_office(paragraphs: list[str], speaker: str) -> None:
    """ "the teenager" is the person aged 16, "the boss" a chief executive, "the
    ex-minister" a former minister, "the mother-of-three" a mother; a description with
    nobody nearer is the one person named in the paragraphs before."""
    assert speakers(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Jo Dee hired a new security firm in 2016.",
            "Dee's partner, Ana Cruz, ran the office.",
            "He told his then business partner about the deal.",
            "“He said he had made a deal in Las Vegas,” the ex-partner later testified.",
        ],
        [
            "Jo Dee runs the canteen at the docks.",
            "“Soup again,” the grub-man said.",
        ],
    ],
)
def test_an_ex_or_compound_description_nobody_was_named_as_names_nobody(paragraphs: list[str]) -> None:
    """ "the ex-partner" is not the partner named before, and a compound nobody was
    introduced as ("the grub-man") is not the person named last."""
    assert speakers(paragraphs)[-1] is None


def test_an_unnamed_source_far_from_any_name_is_not_the_one_person_named() -> None:
    """ "the official said" with no official named is an unnamed source, even when one
    person named paragraphs up would be the default for "the shopkeeper"."""
    paras = [
        "Ravi Menon opened his first shop in 1988.",
        "Today the chain has forty stores.",
        "Sales rose by a tenth last year.",
        "Rivals have struggled to keep up.",
        "The town council is reviewing the planning rules.",
        "“The rules were written for a different high street,” the official said.",
    ]
    assert speakers(paras) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "“We will appeal,” Sasha Tanaka said.",
                "Alex Ray, the judge, signed his ruling on Friday.",
                "“It is not over,” she said.",
            ],
            ["Sasha Tanaka", "Sasha Tanaka"],
        ),
        (
            ["Alex Ray said her appeal would fail.", "“It is over,” he said."],
            ["Alex Ray"],
        ),
        (
            [
                "Keiko Sato said the boy had lost his way.",
                "“He was found at dawn,” she said.",
            ],
            ["Keiko Sato"],
        ),
    ],
)
def test_a_name_takes_the_gender_of_its_own_pronoun(paragraphs: list[str], expected: list[str]) -> None:
    """A given name that says no gender takes the one of a pronoun that can only be its
    own ("Alex Ray … signed his ruling" is a man, so no "she"); a pronoun after another
    person noun ("the boy … his") or in a reported clause ("Alex Ray said her appeal")
    says nothing of the subject."""
    assert speakers(paragraphs) == expected
