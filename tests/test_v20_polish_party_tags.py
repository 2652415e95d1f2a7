"""Version 20: a party tag between a lawmaker's name and the reporting verb ("Sen. Jo Dee
(R-Ohio) said", "Rep. Ann Poe, R-Texas, said") hides no speaker, even with a stray comma
after the tag ("Gov. Jo Dee (D-N.Y.), said"). Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_QUOTE = "“We will not back down from this fight over the budget,”"


@pytest.mark.parametrize(
    "attribution",
    [
        "Sen. Jo Dee (R-Ohio) said.",
        # a comma after the tag that no clause closes
        "Gov. Jo Dee (D-N.Y.), said.",
        "Jo Dee (D-N.Y.), said.",
        "Sen. Jo Dee (R-Ohio), told reporters.",
    ],
)
def test_a_party_tag_in_parentheses_leaves_the_name_its_verb(attribution: str) -> None:
    assert speakers(["Lawmakers met late on Monday.", f"{_QUOTE} {attribution}"]) == ["Jo Dee"]


def test_a_party_tag_between_commas_leaves_the_name_its_verb() -> None:
    assert speakers(["Lawmakers met late on Monday.", f"{_QUOTE} Rep. Ann Poe, R-Texas, said."]) == ["Ann Poe"]


def test_a_comma_after_the_tag_opening_an_apposition_still_reads_it() -> None:
    text = f"{_QUOTE} Gov. Jo Dee (D-N.Y.), who chairs the panel, said."
    assert speakers(["Lawmakers met late on Monday.", text]) == ["Jo Dee"]
