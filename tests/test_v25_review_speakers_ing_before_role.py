"""A word in -ing before a role noun before a name qualifies the role ("said grieving
mother Jo Dee"), whatever the word (version 25 review): v25's participle after a verb
("posts accusing Dana Price") took any lower-case run opening on an -ing word not in its
list of qualifiers, and lost the inverted speaker. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "role",
    ["grieving mother", "striking dock worker", "returning champion", "working mother of three"],
)
def test_an_ing_word_before_a_role_noun_still_names_the_speaker(role: str) -> None:
    assert [q.speaker for q in find_quotes([f"“The harbour is safe again,” said {role} Jo Dee."])] == ["Jo Dee"]
