"""Review of version 21's quote spans: the bound on quotes cut at their attributions in
one paragraph (MOST_CUTS) is for paragraphs too long to scan again and again; a short
paragraph of more quotes left open (a live blog's run of lines, each quote closed with
a single mark) keeps every quote and its speaker."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import MOST_CUTS


def test_a_short_paragraph_of_more_quotes_left_open_than_most_cuts_keeps_them_all() -> None:
    count = MOST_CUTS + 4
    paragraph = " ".join(f"“Stop {n} on the ferry line is closed,’ said Mara Quill." for n in range(1, count + 1))
    quotes = find_quotes([paragraph])
    assert [(q.text, q.speaker) for q in quotes] == [
        (f"Stop {n} on the ferry line is closed", "Mara Quill") for n in range(1, count + 1)
    ]
