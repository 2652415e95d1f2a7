"""Reporting verbs in their plain present form, as a plural subject speaks ("critics
argue", "officials warn", "supporters insist", "opponents contend"): an attribution
like "critics say", never a quote handed to the last person named. All text is
invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_LEAD = "Ann Lee spoke to the harbour board on Monday."


@pytest.mark.parametrize("verb", ["argue", "warn", "insist", "contend"])
def test_a_plural_unnamed_subject_after_a_quote(verb: str) -> None:
    paras = [_LEAD, f"“Nobody asked the fishermen about any of it,” critics of the plan {verb}."]
    assert [q.speaker for q in find_quotes(paras)] == [None]


@pytest.mark.parametrize("verb", ["argue", "warn"])
def test_named_people_in_the_plain_form(verb: str) -> None:
    paras = [_LEAD, f"“Nobody asked the fishermen about any of it,” Tom Crane and Ivy Moss {verb}."]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane and Ivy Moss"]


def test_argue_inside_the_quote_is_not_read() -> None:
    paras = [_LEAD, "“We can argue about the details of the pier later,” Lee said."]
    assert [q.speaker for q in find_quotes(paras)] == ["Ann Lee"]
