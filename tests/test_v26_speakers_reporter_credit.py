"""Version 26: a reporter's credit names who wrote or reported, not a speaker. A line
"— Staff writer Dana Price" (or "— Dana Price, Harbour Times staff writer", "Dana Price
contributed to this report.") between quotes is skipped when an unattributed quote
after it goes on with the speaker before; "“…” — Dana Price, staff writer" credits the
reporter, as "— Staff reports" does, so the quote names nobody. A dash and a bare name
("“…” — Dana Price") still credits the words to her (an epigraph, a pull quote).
Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_QUOTE = "“The pier will be ready by the summer, and so will the boats.”"


@pytest.mark.parametrize(
    "credit",
    [
        "— Staff writer Dana Price",
        "— Dana Price, Harbour Times staff writer",
        "Staff writer Dana Price contributed to this report.",
    ],
)
def test_credit_line_between_quotes(credit: str) -> None:
    quotes = find_quotes(["“We will sail on Monday,” Ann Toll said.", credit, _QUOTE])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (2, "Ann Toll")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (f"{_QUOTE} — Dana Price, staff writer", None),
        (f"{_QUOTE} — Dana Price", "Dana Price"),
    ],
)
def test_dash_credit_after_a_quote(paragraph: str, speaker: str | None) -> None:
    quotes = find_quotes(["“The storm is over,” Mayor Tom Dee said.", paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Dee"), (1, speaker)]
