"""A sentence handing out a text ("released the following statement:", "issued this
statement from Jo Dee:") before a quote: the quote is the issuer's, in the same
paragraph or the next one. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_LEAD = "Ann Lee spoke to the harbour board on Monday. Tom Crane did not attend."
_QUOTE = "“Nobody asked the fishermen about any of it. We will not rest until they are heard.”"


@pytest.mark.parametrize(
    "lead_in",
    [
        "Tom Crane's campaign released the following statement:",
        "Crane's office released the following statement after the vote:",
        "The trust released the following statement from Tom Crane:",
        "On Tuesday the trust issued this short statement by Tom Crane:",
    ],
)
def test_the_issuer_across_a_paragraph_break(lead_in: str) -> None:
    paras = [_LEAD, lead_in, _QUOTE]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane"]


@pytest.mark.parametrize(
    "lead_in",
    [
        "The trust released the following statement from Tom Crane:",
        "Tom Crane's office issued this statement after the vote:",
    ],
)
def test_the_issuer_in_the_same_paragraph(lead_in: str) -> None:
    paras = ["Ann Lee spoke to the harbour board on Monday.", f"{lead_in} {_QUOTE}"]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane"]


def test_a_pronoun_issuer_is_resolved() -> None:
    paras = ["Ann Lee spoke to the harbour board on Monday.", "She released the following statement:", _QUOTE]
    assert [q.speaker for q in find_quotes(paras)] == ["Ann Lee"]


def test_a_relative_of_the_owner_is_not_the_owner() -> None:
    paras = [_LEAD, "Tom Crane's brother released the following statement:", _QUOTE]
    assert [q.speaker for q in find_quotes(paras)] != ["Tom Crane"]
