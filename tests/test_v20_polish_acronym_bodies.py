"""Version 20: "said the UN refugee agency", "said the EU executive": an acronym qualifying
a body noun after it names the body's parent, not the speaker; the quote is the body's,
unnamed, as when the description stands before the verb. A bare acronym after the verb
("said the UN") and a named body ("said Harbour Agency") still speak. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_QUOTE = "“The winter will be very hard for these families,”"


@pytest.mark.parametrize(
    "body", ["the UN refugee agency", "the U.N. refugee agency", "the EU executive", "the US space agency"]
)
def test_a_body_described_after_an_acronym_is_not_the_acronym(body: str) -> None:
    assert speakers(["Camps filled up in the hills.", f"{_QUOTE} said {body}."]) == [None]


def test_the_same_description_before_the_verb_agrees() -> None:
    assert speakers(["Camps filled up in the hills.", f"{_QUOTE} the UN refugee agency said."]) == [None]


def test_a_bare_acronym_after_the_verb_still_speaks() -> None:
    assert speakers(["Camps filled up in the hills.", f"{_QUOTE} said the UN."]) == ["UN"]


def test_a_name_after_the_acronyms_role_still_speaks() -> None:
    assert speakers(["Camps filled up in the hills.", f"{_QUOTE} said BBC executive Jo Dee."]) == ["Jo Dee"]


def test_according_to_a_body_described_after_an_acronym_is_not_the_acronym() -> None:
    after = "The winter will be “very hard for these families in the hills,” according to the UN refugee agency."
    before = "According to the EU executive, the winter will be “very hard for these families in the hills.”"
    assert speakers(["Camps filled up in the hills.", after]) == [None]
    assert speakers(["Camps filled up in the hills.", before]) == [None]
