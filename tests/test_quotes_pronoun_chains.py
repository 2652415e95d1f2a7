"""Pronoun chains across clauses. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "When Oprah Winfrey asked if he could name the relative, he declined, saying “I am not comfortable with that.”",
        "When Oprah Winfrey asked if he would name her, Reed declined, saying “I am not comfortable with that.”",
        "After Maria Lund pressed him twice, he refused, saying “That stays between us.”",
    ],
)
def test_the_clause_before_a_participle_names_the_speaker(sentence: str) -> None:
    paras = ["“That talk I will never share,” Tom Reed added.", sentence]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Reed", "Tom Reed"]
