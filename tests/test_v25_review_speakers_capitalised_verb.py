"""A reporting verb written with a capital right after a name ('“…,” Crane Tweeted.') is
no part of the name (version 25 review): the name scan stops before it. Only past forms in
"-ed" and ones no surname shares ("Told", "Wrote"): "Edward Said" keeps his surname.
Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Tom Crane runs the harbour office.", "“We fixed the pier today,” Crane Tweeted."],
        ["“We fixed the pier today,” Tom Crane Tweeted on Monday."],
        ["Tom Crane runs the harbour office.", "“We fixed the pier today,” Crane Told reporters."],
        ["Tom Crane runs the harbour office.", "“We fixed the pier today,” Crane Posted."],
    ],
)
def test_a_capitalised_reporting_verb_after_a_name_is_not_in_the_name(paragraphs: list[str]) -> None:
    assert [q.speaker for q in find_quotes(paragraphs)] == ["Tom Crane"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Books shape a life,” Edward Said said.", "Edward Said"),
        ("“Books shape a life,” said Samuel Smiles.", "Samuel Smiles"),
    ],
)
def test_surnames_that_are_reporting_verbs_stay(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]
