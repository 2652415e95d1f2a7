"""Version 26: a sentence opening on a word in -ing, a surname and a reporting verb
("Irving Berlin wrote:", "Sterling Hayden said") names the whole person: the -ing word
is a given name, not a participle opening the sentence. Before, it was dropped, and
"Irving Berlin" became the city "Berlin". A participle takes its object with a comma or
more words after it ("Citing Locke, Crane said"), and still does. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "“We will rebuild the pier before summer,” Mayor Jo Dee said."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Irving Berlin wrote: “Nobody has a home like the one you leave behind.”", "Irving Berlin"),
        ("Sterling Marsh said: “Nobody has a home like the one you leave behind.”", "Sterling Marsh"),
        ("Citing Locke, Tom Crane said: “Nobody has a home like the one you leave behind.”", "Tom Crane"),
    ],
)
def test_given_name_in_ing_opening_a_sentence(paragraph: str, speaker: str) -> None:
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Jo Dee"), (1, speaker)]
