"""Version 25: a participle after a speech verb takes the name after it as its object,
so that name is no inverted subject: "She says Tom Crane’s posts accusing Dana Price of
hiding a plan are “…”" read "posts" as a verb and Dana Price as who posted. A word in
-ing qualifying a role ("said acting Mayor Jo Dee", "said outgoing harbour master Jo
Dee") still leads to the speaker. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


def test_the_object_of_a_participle_after_a_verb_is_not_its_subject() -> None:
    found = find_quotes(
        [
            "Ann Toll spoke at the harbour on Monday.",
            "She says Tom Crane’s late-night posts accusing Dana Price of hiding a plan are “lies and tall tales.”",
        ]
    )
    assert [q.speaker for q in found] == ["Ann Toll"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The harbour is safe again,” said acting Mayor Jo Dee.",
        "“The harbour is safe again,” said outgoing harbour master Jo Dee.",
        "“The harbour is safe again,” said visiting professor Jo Dee.",
    ],
)
def test_a_role_qualified_in_ing_still_names_the_speaker(paragraph: str) -> None:
    assert [q.speaker for q in find_quotes([paragraph])] == ["Jo Dee"]
