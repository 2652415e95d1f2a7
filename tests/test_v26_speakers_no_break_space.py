"""Version 26: a page's no-break space (&nbsp;) between a given name and a surname
("Dana\\xa0Price") joins them as a space does. Before, the name scan stopped at it, so
"said Harbour Radio host Dana\\xa0Price" read two one-word names and the station spoke.
A no-break space inside a letter garbled by a wrong decoding ("Ã\\xa0" for "à") stays
part of the word. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.names import Registry, scan
from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Picture the two of them on one stage at the fair,” mused Harbour Radio co-host Dana\xa0Price.",
        "“Picture the two of them on one stage at the fair,” Harbour Radio co-host Dana\xa0Price said.",
        "Harbour Radio co-host Dana\xa0Price said: “Picture the two of them on one stage at the fair.”",
    ],
)
def test_no_break_space_inside_a_name(paragraph: str) -> None:
    quotes = find_quotes(["Harbour Radio ran a poll on the fair.", paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Dana Price")]


def test_scan_reads_through_no_break_space() -> None:
    text = "Then Tom\xa0Crane met Dana\xa0Price and Jo Dee."
    names = [(m.entity.name, m.start, m.end) for m in scan(text, Registry(), set(), {0})]
    assert names == [("Tom Crane", 5, 14), ("Dana Price", 19, 29), ("Jo Dee", 34, 40)]
