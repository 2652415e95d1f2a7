"""Quote spans left open in their paragraph: a paragraph of thousands of quotes that
never close is cut in a loop (no recursion per cut, a bounded number of cuts), and the
first quotes still end where their attributions begin."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import MOST_CUTS, find_spans

_UNCLOSED = "“The ferry was late again, Mara Quill said. "


def test_thousands_of_unclosed_quotes_in_one_paragraph_end_in_a_bounded_number_of_spans() -> None:
    spans, masks = find_spans([_UNCLOSED * 3000])
    # Each of the first MOST_CUTS quotes ends where its attribution begins; the rest of
    # the paragraph (no prose) is one quote left open to its end.
    assert len(spans) == MOST_CUTS + 1
    assert [span.parts for span in spans[:MOST_CUTS]] == [["The ferry was late again,"]] * MOST_CUTS
    assert all(span.close_end is not None for span in spans[:MOST_CUTS])
    assert spans[-1].close_end is None
    assert spans[-1].parts[0].startswith("The ferry was late again, Mara Quill said. “The ferry")
    assert masks[0][-1][1] == len(_UNCLOSED * 3000)


def test_a_few_unclosed_quotes_in_a_paragraph_are_each_cut_at_their_attribution() -> None:
    paragraph = (
        "“The ferry was late again, Mara Quill said. “It sat at the pier for an hour, she added. “Nobody told us why.”"
    )
    assert [(q.text, q.speaker) for q in find_quotes([paragraph])] == [
        ("The ferry was late again", "Mara Quill"),
        ("It sat at the pier for an hour", "Mara Quill"),
        ("Nobody told us why.", "Mara Quill"),
    ]


def test_ranges_hold_an_offset_inside_any_of_them_nested_or_not() -> None:
    from newstui.extract.quotes.spans import _Ranges

    inside = _Ranges([(20, 25), (0, 10), (2, 4)])
    assert [i for i in range(-1, 27) if i in inside] == [*range(0, 10), *range(20, 25)]
    assert 5 not in _Ranges([])
