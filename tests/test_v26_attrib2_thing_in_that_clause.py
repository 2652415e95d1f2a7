"""Version 26: a speech verb whose subject is a thing ("the turmoil after the vote
underscores a need for “…”") inside a "that" clause somebody reports (", cautioning
that …", "and said that …") reports nothing itself: the reporter speaks. A person, a
body or a text as that subject ("that the report says “…”") still speaks. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "“We will win this town back,” Tom Voss said at the grange on Monday night."


@pytest.mark.parametrize(
    "paragraph",
    [
        "He offers calm, cautioning that the turmoil after the vote underscores a need for “calm, steady, "
        "experienced leadership in the hall.”",
        "He offers calm, and said that the turmoil after the vote underscores a need for “calm, steady, "
        "experienced leadership in the hall.”",
    ],
)
def test_thing_verb_in_a_reported_clause(paragraph: str) -> None:
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Voss"), (1, "Tom Voss")]


def test_a_body_in_the_clause_still_speaks() -> None:
    paragraphs = [
        _BEFORE,
        "He offers calm, noting that the Harbour Board says the town needs “calm, steady, experienced "
        "leadership in the hall.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Voss"), (1, "Harbour Board")]
