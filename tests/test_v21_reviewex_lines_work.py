"""Review of version 21: the lines-beside-a-sentence test must not read a long page once per wrapper.

`scoring._lines_beside_sentence` is asked of every wrapper the cleaner weighs, and read every
line under it; on a page whose list sits under twenty nested wrappers, each wrapper read the
whole list again (twenty times ten thousand lines), and such a page went over the CPU budget
and was refused. The work is counted here (the budget's `check` calls), not timed.
Pages written for the tests.
"""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from newstui.extract import scoring

_UNIT = (
    "<div>• Garden shears</div><div>• A folding saw</div><div>• Twine</div>"
    "<div>Our <a href='https://allotments.example/guide'>guide to the tools</a> is here.</div>"
)


def _checks_over_wrappers(monkeypatch: pytest.MonkeyPatch, depth: int, units: int) -> tuple[int, list[bool]]:
    """Budget checks the test makes, asked of each of `depth` nested wrappers around the lines."""
    page = fragment_fromstring("<div>" * depth + _UNIT * units + "</div>" * depth)
    wrappers = [page]
    while len(wrappers[-1]) == 1:
        wrappers.append(wrappers[-1][0])
    calls = 0

    def counted() -> None:
        nonlocal calls
        calls += 1

    monkeypatch.setattr(scoring, "check", counted)
    answers = [scoring._lines_beside_sentence(el, scoring.link_density(el)) for el in wrappers]
    return calls, answers


def test_nested_wrappers_around_a_long_list_are_not_read_once_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # 20 wrappers around 10,000 lines: reading every line under every wrapper is 200,000 reads.
    calls, answers = _checks_over_wrappers(monkeypatch, depth=20, units=2500)
    assert len(answers) == 20
    assert calls < 20_000


def test_a_short_list_beside_its_sentence_is_still_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # The other side: the rule still speaks for a list of a few lines, however deep its wrappers.
    _, answers = _checks_over_wrappers(monkeypatch, depth=5, units=2)
    assert all(answers)
