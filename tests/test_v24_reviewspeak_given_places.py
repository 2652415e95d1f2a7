"""Review of v24's place given names ("Georgia Smith", "Paris Hilton"): the rule read every
two-word run opening with such a place as a person's full name, so "the Paris Agreement",
"the Carolina Panthers", "the Brooklyn Museum" and "Paris Saint-Germain" became people
(and then "the coach", "he" could be them), and "In Paris Macron told reporters …" named
"Paris Macron". A run after an article or after "in", a word the article also writes in
lower case, or a saint's hyphenated place, is no given name. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.names import Registry, scan
from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Tom Crane praised the Paris Agreement on Monday.",
        "Tom Crane toured the Brooklyn Museum on Monday.",
        "Tom Crane watched the Carolina Panthers on Monday.",
        "Tom Crane watched a Sydney Swans game on Monday.",
        "Tom Crane bought the blue ink at Georgia Ink on Monday.",
    ],
)
def test_a_place_opening_a_body_or_thing_is_no_person(text: str) -> None:
    mentions = scan(text, Registry(), {"ink"}, {0})
    assert [m.entity.kind for m in mentions if m.entity.name != "Tom Crane"] != ["person"]


def test_a_club_named_after_a_saints_place_is_no_coach() -> None:
    found = find_quotes(["Paris Saint-Germain beat the Pell Bay side on Sunday.", "“We played well,” the coach said."])
    assert [q.speaker for q in found] == [None]


def test_a_place_after_in_is_the_place() -> None:
    found = find_quotes(["In Paris Macron told reporters the plan would work. “We will act on it now,” he said."])
    assert [q.speaker for q in found] == ["Macron"]
    mentions = scan("In Georgia Kemp signed the harbour bill on Monday.", Registry(), set(), {0})
    assert "Georgia Kemp" not in [m.entity.name for m in mentions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Paris Hilton opened the harbour fair. “It is a lovely day,” Hilton said.", "Paris Hilton"),
        ("Tom Crane met Sydney Marlow at the quay. “It is a lovely day,” Sydney Marlow said.", "Sydney Marlow"),
        ("A dinner with Georgia Smith closed the fair. “It is a lovely day,” Georgia Smith said.", "Georgia Smith"),
    ],
)
def test_a_given_place_name_still_opens_a_persons_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes([text])] == [speaker]
