"""The title test of a quoted run (`names_a_title`, made public in version 26 and now
called for each quote by `_title_in_apposition` too) reads only the words right before
the marks (version 26 review). It copied and searched the whole sentence before each
quote, so a sentence of thousands of quotes was read from its start for every one:
2,000 quotes in one sentence took 12.9 s, now 2.4 s with the walks over the paragraph's
names in `_long_apposition` and `_joined_roles_holder` now started by bisection (the
rest is the resolver's inversion test). Invented text."""

from __future__ import annotations

import re

import pytest

from newstui.extract.quotes import find_quotes, subjects


class _CountingPattern:
    """A compiled pattern that adds up how many characters its searches cover."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.chars = 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        self.chars += end - pos
        return self.pattern.search(text, pos, end)


def _one_sentence(n: int) -> str:
    return " and ".join(
        f"Sam Rollo {k}, a contestant on Hale's quiz show, “The Big Board {k},” said his boss was “always kind "
        f"and generous number {k},”"
        for k in range(n)
    )


@pytest.mark.parametrize("n", [200, 800])
def test_title_lead_reads_a_bounded_window_per_quote(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    counting = _CountingPattern(subjects._TITLE_LEAD)
    monkeypatch.setattr(subjects, "_TITLE_LEAD", counting)
    quotes = find_quotes(["Many former staff signed the papers.", _one_sentence(n) + "."])
    assert len(quotes) == n
    assert counting.chars <= 400 * n  # was about 130 * n * n (the sentence so far, per call)


def test_title_in_an_apposition_still_keeps_the_subject() -> None:
    paragraph = (
        "Sam Rollo, a contestant on Hale's quiz show, “The Big Board,” said his boss was “always kind and "
        "generous and charming to all of us.”"
    )
    quotes = find_quotes(["Many former staff signed the papers.", paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Sam Rollo")]
