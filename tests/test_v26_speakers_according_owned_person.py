"""Version 26: "according to Ann Toll's lawyer" (with or without ", who said: “…”") is
somebody nobody names, not Toll: a person the owner has, with no holder named after the
role. "according to Ann Toll's campaign" still gives Toll (her own body speaks for her),
and "according to Ann Toll's lawyer, Ivy Moss" gives Moss. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "“We will rebuild the pier before summer,” Mayor Tom Dee said."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“My client will not sign anything this year,” according to Ann Toll's lawyer.", None),
        ("“My client will not sign anything this year,” according to Ann Toll's lawyer, who spoke at noon.", None),
        (
            "The deal is off, according to Ann Toll's lawyer, who said: “My client will not sign anything this year.”",
            None,
        ),
        ("According to Ann Toll's lawyer, the deal is “off for good, and my client will not sign it.”", None),
        ("“We will not sign anything this year,” according to Ann Toll's campaign.", "Ann Toll"),
        ("“We will not sign anything this year,” according to Ann Toll's lawyer, Ivy Moss.", "Ivy Moss"),
    ],
)
def test_according_to_an_owned_person(paragraph: str, speaker: str | None) -> None:
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Dee"), (1, speaker)]
