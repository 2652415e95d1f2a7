"""A paragraph of a block quote's run holding thousands of “ before its one ”, and a long
stretch of spaces or dashes after that ”: whether words follow the ” is asked once per ”,
not once per “ (each asking ran over the whole stretch again). Work is counted in
look-ups tried right after the ”, not timed. Invented text."""

from __future__ import annotations

import re
from typing import Any

import pytest

from newstui.extract.quotes import spans


class _CountingPattern:
    """A compiled pattern that counts the matches tried right after a ”."""

    def __init__(self, pattern: re.Pattern[str], counter: list[int]) -> None:
        self.pattern = pattern
        self.counter = counter

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if string[pos - 1 : pos] == "”":
            self.counter[0] += 1
        return self.pattern.match(string, pos, len(string) if endpos is None else endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _looked_over(monkeypatch: pytest.MonkeyPatch, n: int, filler: str) -> int:
    paragraphs = ['"' + "“we " * n + "”" + filler * n + "and so on.", '"The run goes on.']
    counter = [0]
    with monkeypatch.context() as patched:
        for name in ("_ONLY_SPACE", "_SPEECH_AFTER", "_ATTRIBUTION_AFTER"):
            if not hasattr(spans, name):
                continue  # no such look-up in this version
            patched.setattr(spans, name, _CountingPattern(getattr(spans, name), counter))
        found, _ = spans.find_spans(paragraphs)
    assert found
    return counter[0]


@pytest.mark.parametrize("filler", [" ", " -"])
def test_words_after_the_curly_close_are_looked_at_once(monkeypatch: pytest.MonkeyPatch, filler: str) -> None:
    # One ” in the paragraph: twice the “ before it ask no more about what follows it.
    small, large = _looked_over(monkeypatch, 500, filler), _looked_over(monkeypatch, 1000, filler)
    assert large <= small
