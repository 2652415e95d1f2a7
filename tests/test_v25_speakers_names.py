"""Version 25: names read as people. A body's head noun that is also a surname, after
only given names ("Tom Court", "Mary Ellen Church"), is a person's whole name, so a he/she
can refer to it ("Grace Church" and "the Supreme Court" stay bodies); "Besides" opening a
sentence is no part of the name after it. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract import names
from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Tom Court watched the boats come in.", "“The boats are late again,” he said."], "Tom Court"),
        (
            ["Mary Ellen Church watched the boats come in.", "“The boats are late again,” she said."],
            "Mary Ellen Church",
        ),
        (["Besides Tom Crane, nobody came to the harbour.", "“The boats are late again,” Crane said."], "Tom Crane"),
        (["Besides Ann Pike, nobody came.", "“The boats are late again,” said Pike."], "Ann Pike"),
    ],
)
def test_names_read_as_people(paragraphs: list[str], speaker: str) -> None:
    assert [q.speaker for q in find_quotes(paragraphs)] == [speaker]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("Tom Court", "person"),
        ("Mary Ellen Church", "person"),
        ("Grace Church", "org"),
        ("St. Mary Church", "org"),
        ("Supreme Court", "org"),
        ("Pell Bay Church", "org"),
    ],
)
def test_a_surname_that_heads_bodies(words: str, kind: str) -> None:
    assert names.classify(words.split())[2] == kind
