"""scoring.tree_unchanged: text_len reads each element's text once inside it, afresh outside it."""

from __future__ import annotations

import lxml.html
import pytest

from newstui.extract import scoring


def _page() -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        "<html><body><div id='box'><p>Marta Velde   planted forty   rows of barley.</p>"
        "<p>The <a href='/x'>co-op   ledger</a> shows it.</p></div></body></html>"
    )


def test_lengths_are_read_once_inside_and_afresh_outside() -> None:
    root = _page()
    para = root.get_element_by_id("box")[0]
    before = scoring.text_len(para)
    assert before == len("Marta Velde planted forty rows of barley.")
    with scoring.tree_unchanged():
        assert scoring.text_len(para) == before
        # The caller promises no change inside the block; a change made anyway is not seen.
        para.text = "Short."
        assert scoring.text_len(para) == before
    assert scoring.text_len(para) == len("Short.")


def test_scores_are_the_same_with_and_without_the_memo() -> None:
    plain = scoring.score_paragraphs(_page())
    with scoring.tree_unchanged():
        remembered = scoring.score_paragraphs(_page())
    assert sorted(c.score for c in plain.values()) == sorted(c.score for c in remembered.values())


def test_the_memo_ends_with_the_block_even_on_an_error() -> None:
    root = _page()
    para = root.get_element_by_id("box")[0]
    with pytest.raises(RuntimeError), scoring.tree_unchanged():
        scoring.text_len(para)
        raise RuntimeError
    para.text = "Gone."
    assert scoring.text_len(para) == len("Gone.")


def test_many_blocks_stay_linear() -> None:
    rows = "".join(f"<p>Row {i} of the invented harvest ledger, kept by hand.</p>" for i in range(20_000))
    root = lxml.html.document_fromstring(f"<html><body><div>{rows}</div></body></html>")
    with scoring.tree_unchanged():
        candidates = scoring.score_paragraphs(root)
        assert scoring.best_candidate(candidates) is not None
