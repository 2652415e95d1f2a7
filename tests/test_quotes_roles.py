"""Role phrases around speakers: a capitalised role is no name, an apposed name after
a role speaks, a definite role refers back. All text is invented for these tests."""

from __future__ import annotations

import pytest

from extract_helpers import speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Rhona Keel attacked the ferry plan on Monday.",
                "Speaking in the Commons, the Labour MP said: “It does not need to be like this.”",
            ],
            "Rhona Keel",
        ),
        (
            [
                "In 2019 the former Chief Marketing Officer at Brightwell, Nadia Kors, spoke to a trade paper.",
                "“We loved working with her,” she said.",
            ],
            "Nadia Kors",
        ),
        (
            [
                "Prime Minister Jo Hart visited the flooded town.",
                "“It does not need to be like this,” the Prime Minister said.",
            ],
            "Jo Hart",
        ),
    ],
)
def test_a_capitalised_role_is_no_speaker_name(paragraphs: list[str], speaker: str) -> None:
    assert speakers(paragraphs) == [speaker]


def test_a_surname_like_a_role_noun_stays_a_name() -> None:
    paras = ["Ecologist Shona Challenger counted the herd.", "“They learn fast,” Challenger said."]
    assert speakers(paras) == ["Shona Challenger"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“It is a grim day for the trade,” said the group’s Chief Executive, Aidan Morrow.", "Aidan Morrow"),
        ("“It is a grim day for the trade,” said Chief Marketing Officer at Brightwell, Nadia Kors.", "Nadia Kors"),
        ("“We need a place in the sun,” declared a later chancellor, Otto Brandt, in 1901.", "Otto Brandt"),
    ],
)
def test_a_name_apposed_to_a_role_after_the_verb_speaks(paragraph: str, speaker: str) -> None:
    assert speakers([paragraph]) == [speaker]


@pytest.mark.parametrize(
    "after",
    ["the ACLU’s Jay Stanley tells Axios.", "the ACLU's Jay Stanley said.", "Brookings’ Jay Stanley said."],
)
def test_an_owners_possessive_before_the_name_after_a_quote(after: str) -> None:
    assert speakers([f"“You have to ask what kind of children we want to raise here,” {after}"]) == ["Jay Stanley"]
