"""Review of version 21's quote spans: hostile paragraphs the span scanner read in time
quadratic in their length, with no budget check inside a paragraph (the page's CPU
budget is checked per paragraph and per cut, and not at all in the search for ‘…’
quotes in a double-mark article). Each must now be read well inside the page's budget:
a quadratic scan ran seconds to minutes past it."""

from __future__ import annotations

from newstui.extract import budget
from newstui.extract.quotes.spans import find_spans

_NEXT = "The council met again on Tuesday."


def _spans_in_budget(paragraph: str) -> int:
    with budget.deadline(budget.SECONDS):
        spans, _ = find_spans([paragraph, _NEXT])
        budget.check()  # raises "too large/complex" once the page's time is up
    return len(spans)


def test_thousands_of_single_quotes_introduced_by_a_colon_and_never_closed() -> None:
    # Each ‘ after a colon searched the rest of the paragraph for its own close.
    assert _spans_in_budget("“We met,” Mara Quill said. " + "Then: ‘the ferry " * 8000) == 1


def test_a_long_line_of_nested_curly_quotes_after_a_line_break() -> None:
    # Each mark inside the quote copied its line up to it (line start) and the rest of
    # the paragraph (a “ ending the paragraph).
    assert _spans_in_budget("\nThe notice read “" + "the “ferry” and " * 40000) == 1


def test_a_long_straight_quote_holding_thousands_of_opening_marks() -> None:
    # Each " that could open a nested term counted the marks in the rest of the paragraph.
    assert _spans_in_budget('She said "the ferry' + ' "late' * 100000) == 1


def test_a_british_quote_holding_thousands_of_plural_possessives() -> None:
    # Each ’ after a plural copied the text back to the quote's opening mark.
    paragraph = "‘The ferry is late,’ said Mara Quill. ‘Our " + "fans’ union " * 50000
    assert _spans_in_budget(paragraph) == 2
