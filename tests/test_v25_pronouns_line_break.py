"""A line break inside a paragraph (a page's <br>) after a quote, then "Dee added, “…”":
the clause introduces the next line's quote, as after a paragraph break, and does not
take the quote before it. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_LEAD = "Tom Crane spoke first at the hall on Monday."


@pytest.mark.parametrize(
    "second_line",
    ["Ann Lee added, “Nobody asked the fishermen.”", "Ann Lee added: “Nobody asked the fishermen.”"],
)
def test_the_next_lines_clause_introduces_its_own_quote(second_line: str) -> None:
    paras = [
        _LEAD,
        f"“It is not what we were promised,” he said. “We want our pier back!”\n{second_line}",
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane", "Tom Crane", "Ann Lee"]


def test_an_interrupted_sentence_across_the_line_break_is_one_speakers() -> None:
    paras = [_LEAD, "“We have waited long enough for the pier,”\nAnn Lee added, “but nobody asked the fishermen.”"]
    assert [q.speaker for q in find_quotes(paras)] == ["Ann Lee", "Ann Lee"]


def test_an_attribution_ending_its_sentence_on_the_next_line_still_attributes() -> None:
    paras = [_LEAD, "“We have waited long enough for the pier,”\nAnn Lee added. “Nobody asked the fishermen.”"]
    assert [q.speaker for q in find_quotes(paras)] == ["Ann Lee", "Ann Lee"]
