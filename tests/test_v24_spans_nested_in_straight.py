"""A curly “…” pair inside a quote opened with a straight mark: when does its ” close the
nested words, and when the straight quote (a page typing its close curly)? Two shapes the
v23 rule read as the outer close: a ” followed by words that look like an attribution
while the straight quote's own close comes later, and a ” inside a paragraph of a block
quote (a run of paragraphs each opened with a straight mark and left open). Invented
text."""

from __future__ import annotations

import pytest

from cost_helpers import CountingPattern
from newstui.extract.quotes import find_quotes, spans
from newstui.extract.quotes.spans import find_spans


def test_words_like_an_attribution_inside_the_straight_quote_are_its_own() -> None:
    paragraphs = [
        "Toll, who chairs the harbour board, recalled the meeting.",
        '"I asked the room: “Will the boats come back?” Nobody answered for a week," Toll said.',
    ]
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == ["I asked the room: “Will the boats come back?” Nobody answered for a week"]
    assert quotes[0].speaker == "Toll"


def test_a_mark_that_can_only_close_after_the_curly_pair_ends_the_quote() -> None:
    paragraph = '"She wrote “Come home,” Mara said then, and I did," Toll told the court.'
    spans, _ = find_spans([paragraph])
    assert [(span.open_at, span.close_end) for span in spans] == [(0, paragraph.index(" Toll told"))]


def test_a_curly_close_before_an_attribution_and_a_new_quote_still_closes() -> None:
    paragraph = '"We want “freedom,” Mara Lind said. "And we want it now," she added.'
    quotes = find_quotes([paragraph])
    assert [q.text for q in quotes] == ["We want “freedom", "And we want it now"]


def test_a_curly_pair_inside_a_block_quote_paragraph_nests() -> None:
    paragraphs = [
        "The harbour board wrote to every household on Monday:",
        '"We have heard your worries about the quay. One of you called it “the heart of this town,” '
        "and we agree with every word.",
        '"The plan will be published in May, and the boats stay until then.',
        "Lund did not comment on the letter.",
    ]
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 1
    assert "“the heart of this town,” and we agree with every word." in quotes[0].text
    assert quotes[0].text.endswith("the boats stay until then.")


def test_a_curly_close_ending_a_block_quote_paragraph_still_closes() -> None:
    paragraphs = [
        '"The crowd on the quay was chanting “Nor-vik! Nor-vik!”',
        '"That is our town," Tessa Lund said to the singer.',
    ]
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_para) for span in spans] == [(0, 0), (1, 1)]


def test_a_lone_straight_quote_with_a_curly_close_still_pairs() -> None:
    # No paragraph after opens with a straight mark: the ” is the page's close typed curly.
    paragraphs = ['"We saw the boats leave,” and the quay was empty by noon.', "Lund did not comment."]
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_end) for span in spans] == [(0, paragraphs[0].index(" and the quay"))]


def _searched(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    # n “ opening inside a straight quote before one ”, an attribution after it, and a
    # long stretch (growing with n) before the straight quote's close.
    paragraph = '"' + "“we " * n + "” Jo said " + "and then " * n + '," Toll said.'
    counter = [0]
    with monkeypatch.context() as patched:
        patched.setattr(spans, "_ANY_DOUBLE", CountingPattern(spans._ANY_DOUBLE, counter))
        found, _ = spans.find_spans([paragraph])
    assert found
    return counter[0]


def test_many_openings_before_one_curly_close_cost_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _searched(monkeypatch, 500), _searched(monkeypatch, 1000)
    assert large <= 2.5 * max(small, 1)
