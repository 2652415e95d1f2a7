"""Review of version 26's _plural_before_speech: a capitalised plural opening a sentence
before "say" ("Allies say …") is a common noun, but not the short name of a team or a
body the article gave in full before ("Rovers say" after "the Kelton Rovers", "Yankees
say" after "the New York Yankees"): that still names who speaks. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("full", "short"),
    [("The Kelton Rovers", "Rovers"), ("The New York Yankees", "Yankees"), ("Fans of the Kelton Rovers", "Rovers")],
)
def test_short_name_of_a_team_still_speaks(full: str, short: str) -> None:
    paragraphs = [
        f"{full} lost in overtime on Sunday, their third defeat in a row.",
        f"{short} say the referees were “blind all night long, from the first whistle to the last.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [q.paragraph for q in quotes] == [1]
    assert quotes[0].speaker is not None and short in quotes[0].speaker


def test_a_common_plural_still_names_nobody() -> None:
    paragraphs = [
        "Tom Vance lost the vote in Kelton on Sunday.",
        "Allies say that he “never once lost his temper in all those long years at the mill.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [q.paragraph for q in quotes] == [1]
    assert quotes[0].speaker != "Allies"
