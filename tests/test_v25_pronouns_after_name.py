"""The words after a quote that name its speaker: a nickname quoted inside the name
('“…,” Dana “Dee” Price shouted') and a mood written before it ('“…,” an angry Tom
Crane retaliated'). All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_LEAD = "Ann Lee spoke to the harbour board on Monday."


@pytest.mark.parametrize("verb", ["shouted", "said", "retorted"])
def test_a_nickname_inside_the_name_after_a_quote(verb: str) -> None:
    paras = [_LEAD, f"“Nobody asked the fishermen about any of it,” Dana “Dee” Price {verb}."]
    assert [q.speaker for q in find_quotes(paras)] == ["Dana Price"]


def test_a_nickname_does_not_carry_the_tail_past_the_next_quote() -> None:
    paras = [_LEAD, "“Nobody asked the fishermen about any of it,” and “Dee” was all Dana Price wrote."]
    assert "Dana Price" not in [q.speaker for q in find_quotes(paras)][:1]


@pytest.mark.parametrize(
    "tail",
    [
        "an angry Tom Crane retaliated",
        "a visibly shaken Tom Crane shrugged",
        "a smiling Crane answered",
    ],
)
def test_a_mood_before_the_name_after_a_quote(tail: str) -> None:
    paras = ["Tom Crane runs the ferry company.", _LEAD, f"“Nobody asked the fishermen about any of it,” {tail}."]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane"]


def test_a_relation_before_the_name_is_not_a_mood() -> None:
    paras = [
        "Tom Crane runs the ferry company.",
        _LEAD,
        "“Nobody asked the fishermen about any of it,” a friend of Tom Crane recalled.",
    ]
    assert [q.speaker for q in find_quotes(paras)] != ["Tom Crane"]
