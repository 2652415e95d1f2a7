"""Version 22: a paragraph holding hundreds of quotes in one long sentence ("“…,” she
said, “…,” he said, …", a transcript or a hostile page) costs each speech verb a
bounded read of the text before it, not a read back to the sentence's start: the
subject phrase's end-anchored patterns and the subordinate-clause test read at most a
fixed tail. The tests count the characters those patterns are handed (no timing), and
check the speakers still come out right. Invented text."""

from __future__ import annotations

import re
from typing import Any

import pytest

from newstui.extract.quotes import references, resolver, subjects
from newstui.extract.quotes.finder import find_quotes


class _Counting:
    """A compiled pattern that records how many characters each search was given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.longest = 0
        self.total = 0

    def _note(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        read = (len(text) if endpos is None else endpos) - pos
        self.longest = max(self.longest, read)
        self.total += read

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        self._note(text, *args)
        return self.pattern.search(text, *args)

    def finditer(self, text: str, *args: Any) -> Any:
        self._note(text, *args)
        return self.pattern.finditer(text, *args)

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        return self.pattern.match(text, *args)


def _long_paragraph(n: int) -> str:
    turns = (f"“The plan for the pier number {i} will work,” {'she' if i % 2 else 'he'} said" for i in range(n))
    return "Alma Rusk and Peter Hollis argued for an hour. " + ", ".join(turns) + "."


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (subjects, "_UNNAMED_SPEAKING_TO"),
        (subjects, "_AND_COLLEAGUES"),
        (subjects, "_OPEN_WHO_APPOSITION"),
    ],
)
def test_each_verb_reads_a_bounded_tail(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> None:
    counting = _Counting(getattr(module, name))
    monkeypatch.setattr(module, name, counting)
    paragraph = _long_paragraph(300)
    find_quotes([paragraph])
    assert 0 < counting.longest <= 1_000 < len(paragraph) // 10


def test_the_subordinate_clause_test_reads_the_paragraph_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # "when Tapper asked him, he said": whether a name sits in a subordinate clause was a
    # read of its sentence up to the name, per name; a paragraph of one long sentence
    # made that the square of its length.
    counting = _Counting(references.SUBORDINATOR)
    monkeypatch.setattr(references, "SUBORDINATOR", counting)
    paragraph = _long_paragraph(300)
    find_quotes([paragraph])
    assert 0 < counting.total <= 2 * len(paragraph)


def test_the_speakers_of_a_long_paragraph_come_out() -> None:
    quotes = find_quotes([_long_paragraph(300)])
    assert len(quotes) == 300
    assert {q.speaker for q in quotes} <= {"Alma Rusk", "Peter Hollis"}
    assert quotes[1].speaker == "Alma Rusk"


def test_a_subordinate_clause_after_a_long_quoted_run_is_still_one() -> None:
    quotes = find_quotes(
        [
            "Peter Hollis chaired the meeting. "
            + ", ".join(f"“Item {i} on the list is settled for now,” he said" for i in range(40))
            + ". When Sarah Rusk asked him about the pier, he said: “Nothing is settled on the pier.”"
        ]
    )
    assert quotes[-1].speaker == "Peter Hollis"


def test_a_he_she_weighs_a_bounded_number_of_earlier_turns(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each he/she's look-back orders its candidates by clause; before, every earlier turn
    # of the paragraph was a candidate, so the count grew with the square of the turns.
    calls = 0
    clause_of = references.References._clause_of

    def counting(self: references.References, q: int, pos: int) -> float:
        nonlocal calls
        calls += 1
        return clause_of(self, q, pos)

    monkeypatch.setattr(references.References, "_clause_of", counting)
    n = 600
    quotes = find_quotes([_long_paragraph(n)])
    assert len(quotes) == n
    assert calls <= 150 * n


def test_turns_far_back_in_a_long_paragraph_still_count_near_the_pronoun() -> None:
    # The look-back keeps the latest turns: a he after many of hers still finds him.
    quotes = find_quotes(
        [
            "Peter Hollis opened the meeting and handed over to Alma Rusk. "
            + " ".join(f"“Item {i} on the list is settled for now,” she said." for i in range(80))
            + " “The pier comes last,” Hollis said. “It always has,” he said."
        ]
    )
    assert [q.speaker for q in quotes[-2:]] == ["Peter Hollis", "Peter Hollis"]
    assert {q.speaker for q in quotes[:80]} == {"Alma Rusk"}


def test_according_to_after_many_quotes_reads_the_paragraph_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # "“…,” according to Tom Reed" asks whether a verb of saying came before it in its
    # sentence; that used to be a search back to the sentence's start per phrase.
    counting = _Counting(resolver.SPEECH)
    monkeypatch.setattr(resolver, "SPEECH", counting)
    paragraph = "Alma Rusk spoke for an hour, " + ", ".join(
        f"“The plan for the pier number {i} will work,” according to Peter Hollis" for i in range(300)
    )
    quotes = find_quotes([paragraph + "."])
    assert {q.speaker for q in quotes} == {"Peter Hollis"}
    assert counting.total <= 3 * len(paragraph)
