"""Version 26: 'Ann Toll met Dana Price, who called it “…”' gives the words to Price, the
name the relative clause of calling follows, not to the sentence's subject. So do
"who once described the storm as “…”" and "who dubbed the plan “…”". A relative clause
inside the subject ("Ann Toll, who met Dana Price, called it “…”") leaves the words with
the subject. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "“We will rebuild the pier before summer,” Mayor Tom Dee said."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Ann Toll met Dana Price, who called it “the worst storm in the history of the harbour.”", "Dana Price"),
        ("Ann Toll met Dana Price, who once described the gale as “a monster from the north sea.”", "Dana Price"),
        ("Ann Toll met Dana Price, who dubbed the new plan “a gift to the ferry owners” on Monday.", "Dana Price"),
        ("Ann Toll, who met Dana Price, called it “the worst storm in the history of the harbour.”", "Ann Toll"),
    ],
)
def test_relative_clause_of_calling(paragraph: str, speaker: str) -> None:
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Dee"), (1, speaker)]
