"""The quote pass stays linear in a paragraph's quotes: what the spans review found
still quadratic (version 25).

- `last_event` with a test (`where`): a "they" heading its reporting clause asks for the
  latest body its members spoke for, or the latest joint speakers; in a paragraph of
  thousands of '“…,” they said.' turns none qualifies, and the look-back passed over every
  turn before each one. It now weighs the latest `_WHERE_REACH` events.
- A quote opening its paragraph: `_find_quotes` asked so with a copy of the paragraph's
  text before the quote, stripped, per quote: a paragraph made only of quotes copied
  itself per quote.

Found with them and left to their owners (strict xfail at first, all fixed since):
attribution's `_after_context` copying a quote's sentence head from its start (the
pronouns review: the head's last character is read in place), `continuation._main_clause_event`
passing over all the paragraph's events (the same review: the events of the quote's
sentence only, found by bisection), `subjects._person_of_body` reading the paragraph's
names from the first (speakers v25: it bisects), each per quote.

The counting tests read how often an event's entity (what `where` tests) or the
paragraph's head is read per quote: a bound per quote, the same at 500 quotes as at
2,000. Invented text."""

from __future__ import annotations

from typing import Any

import pytest

from newstui.extract.names import Mention
from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.reading import _WHERE_REACH, ArticleReading, Event


def _counting(monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> list[int]:
    count = [0]
    slot: Any = cls.__dict__[name]

    def get(self: object) -> Any:
        count[0] += 1
        return slot.__get__(self, cls)

    monkeypatch.setattr(cls, name, property(get, lambda self, v: slot.__set__(self, v)))
    return count


@pytest.fixture
def entity_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the reads of `Event.entity` (a slot field, wrapped)."""
    return _counting(monkeypatch, Event, "entity")


@pytest.mark.parametrize("n", [500, 2000])
def test_a_paragraph_of_they_said_turns_weighs_a_bounded_number_of_events_per_quote(
    entity_reads: list[int], n: int
) -> None:
    paragraph = "The Harbour Workers Union met on Monday. " + " ".join(
        f"“We fixed pier number {k} today,” they said." for k in range(n)
    )
    assert len(find_quotes([paragraph])) == n
    assert entity_reads[0] <= 200 * n  # was about n * n / 2 (every turn before, per quote)


def _reading(paragraph: str) -> ArticleReading:
    return ArticleReading([paragraph], [[]], None)


def test_last_event_by_a_test_finds_the_latest_accepted_within_reach() -> None:
    reading = _reading("x" * 1000)
    reading.add_event(Event(0, 10, "Jo Dee and Sam Pike", None))
    for k in range(_WHERE_REACH - 1):
        reading.add_event(Event(0, 20 + k, "Lee Mott", None))
    joint = reading.last_event(0, 900, back=2, where=lambda ev: " and " in (ev.speaker or ""))
    assert joint is not None and joint.pos == 10
    # One more turn by somebody else: the joint speakers are beyond the reach.
    reading.add_event(Event(0, 200, "Ana Ruiz", None))
    assert reading.last_event(0, 900, back=2, where=lambda ev: " and " in (ev.speaker or "")) is None
    # Without a test, the latest event before the offset, however many there are.
    latest = reading.last_event(0, 150, back=2)
    assert latest is not None and latest.pos == 20 + _WHERE_REACH - 2


def test_the_reach_counts_the_paragraphs_before_too() -> None:
    reading = ArticleReading(["a" * 100, "b" * 100, "c" * 100], [[], [], []], None)
    reading.add_event(Event(0, 5, "Jo Dee and Sam Pike", None))
    for k in range(_WHERE_REACH):
        reading.add_event(Event(1, k, "Lee Mott", None))
    assert reading.last_event(2, 50, back=2, where=lambda ev: " and " in (ev.speaker or "")) is None
    reading2 = ArticleReading(["a" * 100, "b" * 100, "c" * 100], [[], [], []], None)
    reading2.add_event(Event(0, 5, "Jo Dee and Sam Pike", None))
    reading2.add_event(Event(1, 7, "Lee Mott", None))
    found = reading2.last_event(2, 50, back=2, where=lambda ev: " and " in (ev.speaker or ""))
    assert found is not None and found.para == 0


def test_they_still_speak_for_the_joint_speakers_before() -> None:
    quotes = find_quotes(
        [
            "Dana Prell and Omar Villet met the harbour board on Monday.",
            "“We will not sell the pier to anybody,” Prell and Villet said.",
            "“The town needs it more than ever before,” they added.",
        ]
    )
    assert [q.speaker for q in quotes] == ["Dana Prell and Omar Villet"] * 2


class _CountingText(str):
    """A paragraph's masked text that counts the characters its slices copy."""

    copied = [0]

    def __getitem__(self, key: Any) -> str:
        got = str.__getitem__(self, key)
        if isinstance(key, slice):
            _CountingText.copied[0] += len(got)
        return got


def _count_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each paragraph's masked text a `_CountingText`, its count at zero."""
    import newstui.extract.quotes.reading as reading  # noqa: PLC0415

    made = reading.Para

    def counting_para(text: str, masked: str, *rest: Any) -> Any:
        return made(text, _CountingText(masked), *rest)

    monkeypatch.setattr(reading, "Para", counting_para)
    _CountingText.copied[0] = 0


@pytest.mark.parametrize("n", [500, 2000])
def test_quotes_opening_their_sentences_copy_a_bounded_part_of_the_paragraph_each(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    # '“Pier 7 is fixed.” The crew went home.': each quote stands unattributed at its
    # sentence's start; whether it opens the paragraph was asked with a copy of all the
    # paragraph before it.
    _count_copies(monkeypatch)
    paragraph = " ".join(f"“We fixed pier number {k} today.” The crew went home." for k in range(n))
    assert len(find_quotes([paragraph])) == n
    assert _CountingText.copied[0] <= 500 * n  # was about 27 * n * n


@pytest.mark.parametrize("n", [2000])
def test_a_paragraph_made_only_of_quotes_copies_a_bounded_part_of_itself_per_quote(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    _count_copies(monkeypatch)
    paragraph = " ".join(f"“We fixed pier number {k} today.”" for k in range(n))
    assert len(find_quotes([paragraph])) == n
    assert _CountingText.copied[0] <= 1000 * n  # a head of at most 400 characters read twice per quote, no more


def _told_after(n: int) -> str:
    # The quote after each turn goes on with the main clause's speaker; the latest event,
    # "Pike told", stands in a subordinate clause.
    return "Jo Dee runs the harbour office. " + " ".join(
        f"“We fixed pier number {k},” Jo Dee told Sam Pike, after Pike told Dee that the work was late."
        " “It took us a day.”"
        for k in range(n)
    )


def test_a_quote_after_a_subordinate_speech_clause_reads_a_bounded_number_of_events(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    n = 1000
    reads = _counting(monkeypatch, Event, "pos")
    assert len(find_quotes([_told_after(n)])) == n + 1
    assert reads[0] <= 200 * n


def test_a_person_of_a_body_is_found_with_a_bounded_number_of_names_read(monkeypatch: pytest.MonkeyPatch) -> None:
    n = 1000
    reads = _counting(monkeypatch, Mention, "end")
    assert len(find_quotes([_told_after(n)])) == n + 1
    assert reads[0] <= 300 * n
