"""Review of the v25 line-break rule: a quote closing on a comma before a page's line
break is a sentence going on into the clause after the break ('“…,”⏎Ann Lee said,
“…”'), so that clause attributes it, whatever case the next quote opens on. All text is
invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_LEAD = "Tom Crane spoke first at the hall on Monday."


@pytest.mark.parametrize("clause", ["Ann Lee said,", "Ann Lee added,", "she said,"])
def test_a_quote_closing_on_a_comma_before_the_line_break_keeps_its_clause(clause: str) -> None:
    paras = [
        "Ann Lee runs the fishermen's union.",
        _LEAD,
        f"“We have waited long enough for the pier,”\n{clause} “Nobody asked the fishermen.”",
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Ann Lee", "Ann Lee"]


def test_a_quote_closing_its_sentence_before_the_line_break_is_not_the_clauses() -> None:
    paras = [_LEAD, "“We want our pier back!”\nAnn Lee added, “Nobody asked the fishermen.”"]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane", "Ann Lee"]
