"""Review of version 19's speaker rules: a rule that fired on ordinary sports copy it was
not meant for. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize("word", ["left", "injured", "retired", "experienced"])
def test_a_position_or_participle_before_a_role_keeps_the_club_a_modifier(word: str) -> None:
    # "Real Madrid" reads as a person's name; "left winger" is a position, not a verb
    # and its object, so the winger named after it is the he.
    paras = [
        f"Real Madrid {word} winger Jo Dee spoke to reporters on Sunday.",
        "“I have never felt this good in a shirt before,” he said.",
    ]
    assert [(q.text, q.speaker) for q in find_quotes(paras)] == [
        ("I have never felt this good in a shirt before", "Jo Dee")
    ]


def test_a_past_verb_between_a_name_and_a_role_still_makes_a_subject() -> None:
    paras = [
        "Diego Alvarez praised goalkeeper Marco Bellini after the match.",
        "“He was the best player on the pitch by a distance,” he said.",
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Diego Alvarez"]
