"""Version 23: a sentence listing thousands of quoted titles before a quote costs linear
work. Quoted titles ("Harbour Lights at Dawn") do not end the head of the sentence's next
quote, so each title's head reached back to the sentence start and the attribution ran
its head patterns (speech verbs, "according to", "in X's words", "as X reported", and the
patterns anchored at the head's end) over it again per title: quadratic. The test counts
the characters those patterns are run over, and checks the speaker still comes out right.
Invented text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from newstui.extract.quotes import attribution, find_quotes


class _CountingPattern:
    """A compiled pattern that adds up the length of text each search runs over."""

    def __init__(self, pattern: re.Pattern[str], counter: list[int]) -> None:
        self.pattern = pattern
        self.counter = counter

    def _count(self, string: str, pos: int, endpos: int | None) -> None:
        self.counter[0] += (len(string) if endpos is None else min(endpos, len(string))) - pos

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        self._count(string, pos, endpos)
        return self.pattern.search(string, pos, len(string) if endpos is None else endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        self._count(string, pos, endpos)
        return self.pattern.finditer(string, pos, len(string) if endpos is None else endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.pattern.match(string, pos, len(string) if endpos is None else endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


HEAD_PATTERNS = ("SPEECH", "ACCORDING", "IN_WORDS", "_AS_REPORTED", "_WHAT_CALLED", "_ASKED_PASSIVE", "_READS")
TITLES = 500


def _work(monkeypatch: pytest.MonkeyPatch, titles: int, joint: str) -> int:
    """The characters the head patterns run over for a sentence of `titles` quoted titles."""
    counter = [0]
    with monkeypatch.context() as patched:
        for name in HEAD_PATTERNS:
            patched.setattr(attribution, name, _CountingPattern(getattr(attribution, name), counter))
        listed = joint.join(f"“Harbour Lights Number {k}”" for k in range(titles))
        paragraph = (
            f"The quay choir sang {listed} before Mara Lindqvist, its conductor, told the crowd, "
            "“We will sing again on the quay next spring for the whole town.”"
        )
        found = find_quotes([paragraph])
    assert [(q.speaker, q.text[:20]) for q in found] == [("Mara Lindqvist", "We will sing again o")]
    return counter[0]


@pytest.mark.parametrize("joint", [", ", " and "])
def test_a_sentence_of_thousands_of_quoted_titles_is_read_in_linear_work(
    monkeypatch: pytest.MonkeyPatch, joint: str
) -> None:
    # Twice the titles, about twice the work (quadratic work was four times: 24 to 25 million
    # characters for 500 titles, 96 to 100 million for 1,000).
    small, large = _work(monkeypatch, TITLES, joint), _work(monkeypatch, 2 * TITLES, joint)
    assert large <= 2.2 * small


def test_the_head_patterns_still_read_a_long_head_to_its_end() -> None:
    """A long head (over the threshold that switches to the one-pass scan) still finds an
    "according to" right before its quote, and a speech verb after many quoted titles."""
    titles = ", ".join(f"“Harbour Lights Number {k}”" for k in range(200))
    found = find_quotes(
        [f"The quay choir sang {titles} and, according to Mara Lindqvist, “the quay will hear us again next spring.”"]
    )
    assert [q.speaker for q in found] == ["Mara Lindqvist"]
