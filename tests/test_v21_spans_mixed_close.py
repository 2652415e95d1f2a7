"""A double quote the page closed with a single mark (“…’): the quote ends there, not
at its paragraph's end; a nested ‘…’ inside a double quote left open and an apostrophe
after a plural do not end it."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import find_spans


def test_a_double_quote_closed_with_a_single_mark_ends_there() -> None:
    paragraph = (
        "Tessa Lund posted: “Let’s go. We can still save the harbour.’ Lund was in the hall for the vote. "
        "She left before the count."
    )
    spans, _ = find_spans([paragraph])
    assert [span.parts for span in spans] == [["Let’s go. We can still save the harbour."]]
    assert [q.text for q in find_quotes([paragraph])] == ["Let’s go. We can still save the harbour."]


def test_a_nested_single_quote_in_an_open_double_quote_does_not_end_it() -> None:
    paragraph = "Tessa Lund said: “They told us, ‘Leave the harbour.’ We stayed all the same"
    spans, _ = find_spans([paragraph])
    assert [span.parts for span in spans] == [["They told us, ‘Leave the harbour.’ We stayed all the same"]]


def test_an_apostrophe_after_a_plural_does_not_end_an_open_double_quote() -> None:
    paragraph = "Tessa Lund said: “The fishermen’ union will not sign. The owners’ Board will"
    spans, _ = find_spans([paragraph])
    assert spans[0].close_end is None
