"""A named subject and a verb in the past, closed by a comma before a whole sentence
quoted ('Senator Ivy Moss, Republican of Ohio, called over her shoulder, “…”'): the
clause introduces the words, whatever the verb. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.finder import traced_quotes

_LEAD = "“This is one of those things you know when you see,” said Mr. Crane."


@pytest.mark.parametrize(
    "clause",
    [
        "Hurrying into a closed-door lunch, Senator Ivy Moss, Republican of Ohio, called over her shoulder,",
        "Ivy Moss turned to the back of the room and bellowed,",
        "Ivy Moss glanced up from her notes,",
    ],
)
def test_the_clause_before_the_comma_introduces_the_quote(clause: str) -> None:
    paras = [_LEAD, f"{clause} “His comments are not helping anyone.”"]
    assert [q.speaker for q in find_quotes(paras)] == ["Crane", "Ivy Moss"]


@pytest.mark.parametrize(
    "clause",
    [
        "When Ivy Moss arrived,",
        "The Harbor Wolves played the Ferry Town Kings - while chanting,",
        "Ivy Moss listened as Tom Lund finished,",
    ],
)
def test_a_scene_setting_clause_is_no_introduction(clause: str) -> None:
    # The speaker is found otherwise (the latest named), never by this clause.
    paras = [_LEAD, f"{clause} “His comments are not helping anyone.”"]
    assert "_past_clause_comma" not in traced_quotes(paras)[1][1]


def test_a_quote_not_ending_its_sentence_is_not_introduced() -> None:
    paras = [_LEAD, "Ivy Moss glanced up from her notes, “His comments are not helping anyone,” and left."]
    assert "_past_clause_comma" not in traced_quotes(paras)[1][1]
