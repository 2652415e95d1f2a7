"""Quote finder, version 12: faults an unsupervised audit of the speaker names over ~700
English pages showed (place words, demonym stems, occupation words, long body names).
All text is invented for these tests."""

from __future__ import annotations

import time

import pytest

from extract_helpers import speakers
from newstui.extract.names import _nationality
from newstui.extract.quotes import find_quotes

# -- a word of a multi-word place is no place alone ------------------------------


@pytest.mark.parametrize("word", ["Khan", "Hill"])
def test_a_word_that_is_half_of_a_place_name_opens_a_persons_name(word: str) -> None:
    paras = [
        f"{word} Mohammad Azizi, who runs the depot, spoke to reporters on Monday.",
        "“We have had no deliveries for a week,” Azizi said.",
    ]
    assert speakers(paras) == [f"{word} Mohammad Azizi"]


def test_a_two_word_place_is_still_a_place() -> None:
    paras = [
        "Aid trucks reached Khan Yunis on Monday.",
        "“The crossing stayed shut all night,” said Mona Adel, a driver.",
    ]
    assert speakers(paras) == ["Mona Adel"]


# -- a nationality is a place's name with a demonym ending, not any prefix -------


@pytest.mark.parametrize("word", ["Johan", "Adrian", "Julian", "Chin"])
def test_a_given_name_sharing_a_places_first_letters_is_no_nationality(word: str) -> None:
    assert not _nationality(word)


@pytest.mark.parametrize("word", ["Israeli", "Pakistani", "Kenyan", "German", "Afghan", "Mexican", "Russian", "Thai"])
def test_nationalities_are_still_known(word: str) -> None:
    assert _nationality(word)


@pytest.mark.parametrize("given", ["Johan", "Adrian"])
def test_a_given_name_like_a_nationality_stays_in_the_name(given: str) -> None:
    paras = [f"“The dyke will hold this winter,” said {given} de Vries, the engineer in charge."]
    assert speakers(paras) == [f"{given} de Vries"]


def test_a_nationality_before_a_name_is_still_dropped() -> None:
    paras = ["“The dyke will hold this winter,” said Kenyan engineer Amani Njoroge Otieno."]
    assert speakers(paras) == ["Amani Njoroge Otieno"]


# -- an unlisted given name ending in -er is no occupation ------------------------


def test_a_given_name_ending_in_er_with_a_particle_surname_is_kept() -> None:
    paras = [
        "Pieter van der Walt opened the hearing on Tuesday.",
        "“Nobody told the farmers the dam was full,” van der Walt said.",
    ]
    assert speakers(paras) == ["Pieter van der Walt"]


def test_a_known_occupation_at_a_sentence_start_is_still_dropped() -> None:
    paras = ["Astronaut Kalpana Reddy Rao spoke from the station.", "“The view is humbling,” Rao said."]
    assert speakers(paras) == ["Kalpana Reddy Rao"]


# -- "PM" is a title like "Prime Minister" ---------------------------------------


def test_pm_before_a_name_is_a_title() -> None:
    paras = [
        "The rally was called by former PM Tariq Aslam’s party on Sunday.",
        "“We will be back in office by spring,” Aslam said.",
    ]
    assert speakers(paras) == ["Tariq Aslam"]


# -- official names run on over "of the", "and", and a capitalised preposition ------


def test_a_committee_on_the_something_keeps_its_whole_name() -> None:
    paras = [
        "The Joint Committee on the Future of Coastal Fisheries wrote to the minister on Friday.",
        "“The quotas were set without any survey at all,” the committee wrote.",
        "“We expect an answer within a month,” the Joint Committee on the Future of Coastal Fisheries added.",
    ]
    assert speakers(paras)[-1] == "Joint Committee on the Future of Coastal Fisheries"


def test_a_commission_between_two_states_keeps_its_whole_name() -> None:
    name = "Standing Commission on the Border Waters Between the Republic of Avalon and the Kingdom of Norland"
    paras = [f"“The river has moved two metres in a decade,” the {name} said in a report."]
    assert speakers(paras) == [name]


@pytest.mark.parametrize("body", ["National Oceanic and Atmospheric Administration", "Food and Drug Administration"])
def test_a_body_named_with_and_keeps_both_halves(body: str) -> None:
    paras = [
        "The new rules on food and drug labels take effect in national and regional markets in May.",
        f"“Labels must list every additive,” the {body} said.",
    ]
    assert speakers(paras) == [body]


def test_and_between_a_common_word_and_a_thing_joins_no_body() -> None:
    paras = [
        "Humans and AI write the scripts together at the studio, but “each step is split into"
        " smaller tasks that people check by hand before anything is shot,” said Dana Whitcombe."
    ]
    assert speakers(paras) == ["Dana Whitcombe"]


# -- a lone office right before its holder is the holder -------------------------


@pytest.mark.parametrize(
    "paras",
    [
        ["Harbourline's CTO, Mira Castellanos, conceded that the outage was “entirely our own doing”."],
        ["“We start every project by listening,” says Co-Founder, Mira Castellanos."],
    ],
)
def test_an_office_then_its_holder_between_commas_names_the_holder(paras: list[str]) -> None:
    assert speakers(paras) == ["Mira Castellanos"]


# -- plural people nouns and initialisms of things name nobody --------------------


def test_a_capitalised_plural_of_people_is_no_speaker() -> None:
    paras = [
        "The weather office released its winter outlook on Monday.",
        "Researchers predicted that the coast “will see more storms than in any year since records began”.",
    ]
    assert speakers(paras) == [None]


@pytest.mark.parametrize("thing", ["FAQ", "EULA", "DIY"])
def test_an_initialism_of_a_thing_is_no_speaker(thing: str) -> None:
    paras = [f"The {thing} says that “refunds are paid within thirty days of a written request”."]
    assert speakers(paras) == [None]


@pytest.mark.parametrize("role", ["Lead Planner", "Volunteer Coordinator", "Co-Owner"])
def test_a_role_noun_before_a_name_is_no_part_of_it(role: str) -> None:
    paras = [f"“The tables were set by dawn,” said {role} Oona Varga."]
    assert speakers(paras) == ["Oona Varga"]


# -- a short given name ending like a participle or adverb is a name ---------------


@pytest.mark.parametrize("given", ["Ming", "Jing", "Lily"])
def test_a_short_given_name_ending_in_ing_or_ly_opens_a_name(given: str) -> None:
    paras = [f"{given} Zhao runs the ferry office.", "“No boat has left since Sunday,” Zhao said."]
    assert speakers(paras) == [f"{given} Zhao"]


def test_an_occupation_like_first_word_of_a_company_stays_in_its_name() -> None:
    paras = ["Tasker Electric Company said in a filing that “orders have doubled since the spring”."]
    assert speakers(paras) == ["Tasker Electric Company"]


def test_a_hostile_chain_of_official_name_parts_is_read_in_bounded_time() -> None:
    # Each step of an official name's run reads the whole run; without a bound on a name's
    # length, "Committee of the Committee of the …" (4,000 parts, 64 KB) took over 10 s.
    paragraph = "“Yes,” said the " + " of the ".join(["Committee"] * 4000) + "."
    started = time.monotonic()
    find_quotes([paragraph])
    assert time.monotonic() - started < 5
