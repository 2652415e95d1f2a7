"""Quote finder, version 13: what the name scanner takes for a speaker's name.
All text is invented for these tests."""

from __future__ import annotations

import pytest

from extract_helpers import speakers
from newstui.extract.names import Registry, scan
from newstui.extract.quotes.reading import _CREDIT_SLASH

# -- an unnamed source described by place and party ------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "a Virginia Republican",
        "an Oregon Democrat",
        "a New Mexico Democrat",
        "another Scottish Tory",
        "a Georgia Republican",
        "a GOP insider",
        "another commonwealth Democrat",
        "a longtime Republican",
        "a senior Ohio Republican",
        "a Labour source",
        "a Harbour Board insider",
    ],
)
def test_a_source_described_by_place_and_party_is_unnamed(source: str) -> None:
    paras = [
        "The panel met in the capital on Tuesday.",
        f"“The governor will hold the line on taxes this year,” said {source}.",
    ]
    assert speakers(paras) == [None]


def test_two_described_sources_are_not_merged_into_one_name() -> None:
    paras = [
        "“The budget will pass without a fight,” an Iowa Republican said.",
        "“Nobody believes those numbers,” a Nevada Republican added.",
    ]
    assert speakers(paras) == [None, None]


def test_a_named_member_after_the_description_still_speaks() -> None:
    paras = ["“The budget will pass without a fight,” said Ana Ruiz, an Ohio Republican."]
    assert speakers(paras) == ["Ana Ruiz"]


# -- an inverted speech verb opening the sentence --------------------------------


@pytest.mark.parametrize("verb", ["Replied", "Answered", "Added", "Countered", "Explained"])
def test_an_inverted_speech_verb_is_no_part_of_the_name(verb: str) -> None:
    paras = [
        "Marta Quell runs the family mill with her son Tobias Quell.",
        f"{verb} Tobias, with a shrug, “Not this year, and maybe not the next one either.”",
    ]
    assert speakers(paras) == ["Tobias Quell"]


@pytest.mark.parametrize("verb", ["Said", "Says", "Writes"])
def test_a_present_or_irregular_verb_counts_with_the_quote_right_after(verb: str) -> None:
    paras = [
        "Harlan Voss was at the rail all night.",
        f"{verb} Voss: “I have never seen a tide like it in all my years.”",
    ]
    assert speakers(paras) == ["Harlan Voss"]


def test_a_given_name_spelt_like_a_verb_stays_a_name() -> None:
    paras = [
        "Said Hamdan, a farmer near the border, lost his whole crop.",
        "“It was all gone in a single night,” Said Hamdan said.",
    ]
    assert speakers(paras) == ["Said Hamdan"]


# -- a team or company and an office before the name ----------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("“He knows the league better than anyone,” Falcons GM Dorian Pask said.", "Dorian Pask"),
        ("“We will appeal the ruling,” said Kings County DA Rhea Moss.", "Rhea Moss"),
        ("“We will not sell the club,” said Harbour Rovers boss Kit Danner.", "Kit Danner"),
    ],
)
def test_a_body_and_office_before_a_name_are_dropped(sentence: str, name: str) -> None:
    assert speakers([sentence]) == [name]


def test_a_product_before_its_lead_is_no_speaker() -> None:
    paras = [
        "The new map was shown at a fair in the city.",
        "It is, according to Acme Maps lead Nora Vail, “the biggest change to the map in years.”",
    ]
    assert speakers(paras) == ["Nora Vail"]


# -- a two-word place opening a sentence -----------------------------------------


@pytest.mark.parametrize("place", ["Downing Street", "Ealing Road"])
def test_a_place_pair_after_a_closed_quote_is_not_cut_to_its_last_word(place: str) -> None:
    paras = [
        "Officials met on Friday.",
        f"A minister told the panel the rules were “clear and settled”. {place} said the decision "
        "“rests with the cabinet alone”.",
    ]
    assert speakers(paras) == [place]


# -- a stage name opening with a peer's title ------------------------------------


def test_a_stage_name_keeps_its_title_when_the_other_word_stands_alone() -> None:
    paras = [
        "“I wrote it for my mother,” Lady Velvet said.",
        "Velvet and her band have toured for years.",
        "“It was the hardest record we ever made,” she said.",
    ]
    assert speakers(paras) == ["Lady Velvet", "Lady Velvet"]


def test_a_peer_named_with_the_title_every_time_drops_it() -> None:
    paras = ["Lord Brannock spoke in the chamber.", "“It is a scandal and a disgrace,” Lord Brannock said."]
    assert speakers(paras) == ["Brannock"]


def test_a_title_before_another_persons_surname_is_no_stage_name() -> None:
    paras = [
        "Keir Brannock arrived with his wife, Lady Brannock, at the gala.",
        "“It is a wonderful night for the city,” Brannock said.",
    ]
    assert speakers(paras) == ["Keir Brannock"]


# -- a given name and a surname run together -------------------------------------


def test_an_honorific_surname_before_her_husband_keeps_her_own_name() -> None:
    paras = [
        "Ms. Lind and her husband, Jo Varga, left the party early.",
        "“We were tired after the long drive,” Ms. Lind said.",
    ]
    assert speakers(paras) == ["Lind"]


def test_a_given_name_with_a_suffix_does_not_take_the_fathers_bare_name() -> None:
    paras = [
        "Rod Calder has owned the club for thirty years.",
        "His son Rod Jr. runs ticket sales for the club.",
        "“I thought I was doing it for him,” Rod says now.",
    ]
    assert speakers(paras) == ["Rod Calder"]


@pytest.mark.parametrize(
    "paras",
    [
        ["Tomas Brevik runs the club.", "“He knows how to handle his dad,” says Will Danner, the club’s scout."],
        ["“They fight all the time,” Will Danner said."],
    ],
)
def test_will_before_a_surname_is_a_given_name(paras: list[str]) -> None:
    assert speakers(paras) == ["Will Danner"]


def test_will_opening_a_question_is_still_a_modal() -> None:
    paras = ["Tomas Brevik runs the club.", "Will Congress act? “Not this year, not with this crowd,” Brevik said."]
    assert speakers(paras) == ["Tomas Brevik"]


# -- a photographer's credit -----------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Corin Lask/Pacific Images",
        "Leaving court. Corin Lask / Harbour Press",
        "Photo by Corin Lask/Pacific Images",
        "Leaving court. (Corin Lask/AP)",
        "Corin Lask for The Harbour Times",
    ],
)
def test_a_photographers_credit_is_no_referent_for_he(credit: str) -> None:
    paras = [
        "Tomas Brevik was sentenced on Friday for the fraud at the bank.",
        credit,
        "He also said: “I am sorry for what I did to them.”",
    ]
    assert speakers(paras) == ["Tomas Brevik"]


@pytest.mark.parametrize("text", ["CPR/First Aid Certified", "Fees are paid yearly/Monthly Plans"])
def test_an_acronym_or_sentence_with_a_slash_is_no_credit(text: str) -> None:
    assert _CREDIT_SLASH.search(text) is None


def test_a_group_described_by_party_still_speaks_as_a_group() -> None:
    # Only one member is an unnamed source: a plural stays as it was read before.
    registry = Registry()
    text = "The bill went to a meeting with Texas Republicans on Monday."
    names = [m.entity.name for m in scan(text, registry, set(), {0})]
    assert names and names[-1].endswith("Republicans")


def test_the_scan_itself_skips_the_described_source() -> None:
    registry = Registry()
    text = "The rule, an Idaho Republican said, will not last."
    names = [m.entity.name for m in scan(text, registry, set(), {0})]
    assert names == []


# -- the owner of a page speaks on it ---------------------------------------------


@pytest.mark.parametrize("medium", ["Facebook page", "Instagram account", "YouTube channel"])
def test_according_to_an_owners_page_names_the_owner(medium: str) -> None:
    paras = [
        "Tomas Brevik left the navy in 2021.",
        f"According to Brevik’s {medium}, he “never wanted to go back to sea.”",
    ]
    assert speakers(paras) == ["Tomas Brevik"]


def test_according_to_a_bodys_person_still_names_the_person() -> None:
    paras = [
        "Tomas Brevik left the navy in 2021.",
        "According to Acme’s Lena Dorn, he “never wanted to go back to sea.”",
    ]
    assert speakers(paras) == ["Lena Dorn"]
