"""Who goes on speaking costs a bounded amount of reading per quote: on a hostile
paragraph of thousands of quotes the work grows with the paragraph, not with its square.
Work is counted (regex calls, characters searched, candidates weighed), not timed. All
text is invented for these tests."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from newstui.extract.quotes import continuation, find_quotes
from newstui.extract.quotes.continuation import Continuation


class _Tally:
    """Work done: one per anchored match or function call, the span's length per search."""

    def __init__(self) -> None:
        self.work = 0


class _CountingPattern:
    """A compiled pattern that adds the work of each use to a tally, then does it."""

    def __init__(self, pattern: re.Pattern[str], tally: _Tally) -> None:
        self._pattern = pattern
        self._tally = tally

    def match(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        self._tally.work += 1
        return self._pattern.match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        self._tally.work += max(0, min(endpos, len(string)) - pos)
        return self._pattern.search(string, pos, endpos)


def _counting_call(fn: Callable[..., Any], tally: _Tally) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        tally.work += 1
        return fn(*args, **kwargs)

    return counted


def _counting_list(fn: Callable[..., list[Any]], tally: _Tally) -> Callable[..., list[Any]]:
    """`fn`, adding the length of the list it returns (the events looked at) to the tally."""

    def counted(*args: Any, **kwargs: Any) -> list[Any]:
        found = fn(*args, **kwargs)
        tally.work += len(found)
        return found

    return counted


_PATTERNS = ("_ISSUE_VERB", "_ISSUES_TEXT", "_TEXT_SAYING", "_WRITTEN_SUBJECT", "PRONOUN_SUBJECT", "_IT_READS")


def _work(monkeypatch: pytest.MonkeyPatch, paragraphs: list[str]) -> tuple[int, int]:
    """(work the continuation rules did, quotes found) on `paragraphs`."""
    tally = _Tally()
    with monkeypatch.context() as patch:
        for name in _PATTERNS:
            patch.setattr(continuation, name, _CountingPattern(getattr(continuation, name), tally))
        patch.setattr(continuation, "_unnamed_subject", _counting_call(continuation._unnamed_subject, tally))
        patch.setattr(Continuation, "_may_go_on_with", _counting_call(Continuation._may_go_on_with, tally))
        patch.setattr(Continuation, "events_between", _counting_list(Continuation.events_between, tally))
        found = len(find_quotes(paragraphs))
    return tally.work, found


def _notice_paragraph(n: int) -> list[str]:
    """A body that issued a text, then n quotes nobody is said to speak, each its own sentence."""
    lines = " ".join(f"“Line {k} of the notice is pinned here.” Then Pell Bay went on." for k in range(n))
    return ["The Harbour Trust issued a statement on Monday.", "Then the tide turned. " + lines]


def _one_sentence_paragraph(n: int) -> list[str]:
    """One sentence of n quotes, nothing closing it until the end."""
    lines = " ".join(f"“Line {k} of the notice is pinned here” —" for k in range(n))
    return ["Rhea Mott spoke first.", "Then came " + lines + "."]


@pytest.mark.parametrize("paragraph", [_notice_paragraph, _one_sentence_paragraph])
def test_work_per_quote_does_not_grow_with_the_paragraph(
    monkeypatch: pytest.MonkeyPatch, paragraph: Callable[[int], list[str]]
) -> None:
    small, small_found = _work(monkeypatch, paragraph(400))
    large, large_found = _work(monkeypatch, paragraph(1600))
    assert large_found >= 4 * small_found > 0 or small_found == large_found == 0
    # Four times the quotes: about four times the work (a square would be sixteen).
    assert large < 6 * small


def test_the_issued_statement_still_speaks_the_quote_after_it() -> None:
    """The per-paragraph reading keeps what `_issued_since` found: the issuer's words."""
    paras = [
        "Mara Velt chaired the meeting on Monday.",
        "Afterwards the Harbour Trust quickly released a brief statement. “We regret the delay.”",
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Harbour Trust"]
