"""Version 20: "She says it underscores that Dee is “unfit to lead.”" The nearest speech-like
verb before the quote ("underscores", "shows", "proves") has "it" as its subject, but that
"it" heads the clause an earlier verb of saying reports: the quoted words are the one who
says, not of a thing "it" is. Invented text, several kinds of news."""

from __future__ import annotations

import pytest

from extract_helpers import speakers


@pytest.mark.parametrize("verb", ["underscores", "shows", "proves", "suggests"])
def test_it_heading_a_reported_clause_gives_the_quote_to_the_sayer(verb: str) -> None:
    # politics, a he/she sayer
    assert speakers(
        [
            "Senator Carla Webb says Governor Dee’s “latest outburst is reckless, even for him.” "
            f"She says it {verb} that Dee is “unfit to lead the state.”"
        ]
    ) == ["Carla Webb", "Carla Webb"]


def test_a_named_sayer_and_that() -> None:
    # business: the sayer by name, "that" after the verb of saying
    assert speakers(
        [
            "Shares in Harbour Mills fell sharply on Tuesday after the results.",
            "Analyst Priya Raman said that it shows the firm is “running out of road.”",
        ]
    ) == ["Priya Raman"]


def test_a_body_saying_it_is_still_the_body() -> None:
    assert speakers(
        [
            "Harbour Mills said it expects “a difficult winter for the whole business.”",
        ]
    ) == ["Harbour Mills"]
