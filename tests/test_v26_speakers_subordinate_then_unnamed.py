"""Version 26: a sentence opening on a subordinate clause ("If …,", "Although …,",
"If … -- … --") and then somebody unnamed ("a reader would now ask:") gives the quote
to that unnamed person, as without the clause. Before, only a short opening phrase was
read past, and the quote went on with the person named before. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "Harbour Radio is the town's station. “We play what people want,” its owner Ann Toll said."


@pytest.mark.parametrize(
    "paragraph",
    [
        "If we lived in normal times -- with some grounding in history -- a reader would now ask: “WHAT? Tom "
        "and Jo are on a harbour radio show?”",
        "If we lived in normal times, a reader would now ask: “WHAT? Tom and Jo are on a harbour radio show?”",
        "Although the trust has no such station, a reader might well ask: “WHAT? Tom and Jo are on a harbour "
        "radio show now?”",
    ],
)
def test_unnamed_subject_after_a_subordinate_clause(paragraph: str) -> None:
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (1, None)]
