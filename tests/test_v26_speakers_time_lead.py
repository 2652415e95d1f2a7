"""Version 26: a sentence may open on a count or a span of time ("Minutes after the vote,",
"Ten days later,", "Hours before the count,"). Those capitalised words are no name, so
the person after the comma is the subject whose characterisation the sentence quotes.
Before, "Minutes" or "Ten" was read as a name of unknown kind heading the sentence, and
the quote had nobody (or was dropped as a term). Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.names import Registry, scan
from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "lead",
    [
        "Minutes after the vote,",
        "Ten minutes after Ann Toll was picked as harbour master,",
        "Hours before the count,",
        "Two days later,",
        "Years after the storm,",
    ],
)
def test_time_lead_then_subject(lead: str) -> None:
    paragraph = (
        f"{lead} trust chairman Tom Crane called the new master “the most costly pick in a generation” at the quay."
    )
    quotes = find_quotes(["The harbour trust met on Monday.", paragraph])
    assert [(q.text, q.speaker) for q in quotes] == [("the most costly pick in a generation", "Tom Crane")]


def test_count_words_are_no_names() -> None:
    text = "Fifteen minutes later, Dana Price left. Dozens of boats stayed."
    names = [m.entity.name for m in scan(text, Registry(), set(), {0, text.index("Dozens")})]
    assert names == ["Dana Price"]
