"""Review of the v25 statement-issuer rule: a statement "from Tom Crane's lawyer" is the
lawyer's, somebody nobody names, not Tom Crane's; "from Tom Crane's campaign" stays the
owner's (a body speaking for its owner), as for the verb's subject. All text is invented
for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_LEAD = "Ann Lee spoke to the harbour board on Monday. Tom Crane did not attend."
_QUOTE = "“Nobody came to the pier at all. We will not rest until they do.”"


@pytest.mark.parametrize("split", [True, False])
def test_a_statement_from_an_owned_person_is_not_the_owners(split: bool) -> None:
    lead_in = "The trust released a statement from Tom Crane's lawyer:"
    paras = [_LEAD, lead_in, _QUOTE] if split else [_LEAD, f"{lead_in} {_QUOTE}"]
    assert [q.speaker for q in find_quotes(paras)] == [None]


@pytest.mark.parametrize("split", [True, False])
def test_a_statement_from_an_owned_body_is_the_owners(split: bool) -> None:
    lead_in = "The trust released a statement from Tom Crane's campaign:"
    paras = [_LEAD, lead_in, _QUOTE] if split else [_LEAD, f"{lead_in} {_QUOTE}"]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane"]
