"""Version 26: a work's title quoted inside an apposition ("Sam Rollo, a contestant on
Hale's quiz show, “The Big Board,” who went on to work alongside Hale, said his boss
was “…”") does not end the clause the way an earlier quote does: the name before it is
still the subject of "said". A term somebody called something ("a clip that Judge Dee
called “distasteful,” …") still ends it. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sam Rollo, a contestant on Hale's quiz show, “The Big Board,” who went on to work alongside Hale, said "
        "his boss was “always kind and generous and charming to all of us.”",
        "Sam Rollo, a contestant on Hale's quiz show, “The Big Board,” said his boss was “always kind and "
        "generous and charming to all of us.”",
    ],
)
def test_title_in_an_apposition_keeps_the_subject(paragraph: str) -> None:
    quotes = find_quotes(["Many former staff signed the papers.", paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Sam Rollo")]
