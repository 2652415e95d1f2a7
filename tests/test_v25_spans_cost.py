"""The quote pass stays linear in the quotes of one paragraph (version 25).

- A paragraph made only of quotes: its quotes were masked one at a time, each a copy of
  the whole paragraph (12 to 30 s for 40,000 quotes); now one join.
- Speech events: `drop_event`, `trailing_report` and `last_event` passed over (and
  `drop_event` copied) all the paragraph's events per quote; they now bisect the events
  kept in the order of their offsets.
- Names: the name at an offset (`mention_starting`), the person after a role
  (`role_holder`) and the head of an apposition bisect the paragraph's names instead of
  reading them from its first one.

The counting tests read how often an event's offset or a name's start is read per quote:
a bound per quote, the same at 500 quotes as at 2,000 (it grew with the quotes before).
Invented text."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from newstui.extract.names import Mention
from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.reading import Event

_NAMES = ["Jo Dee", "Sam Pike", "Lee Mott", "Ana Ruiz"]


def _told_us(n: int) -> str:
    return "Jo Dee runs the harbour office. " + " ".join(
        f"“We fixed pier number {k} today,” {_NAMES[k % 4]}, head of Dee Tools & Security told us." for k in range(n)
    )


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Counts the reads of `Event.pos` and `Mention.start` (slot fields, wrapped)."""
    counts = {"pos": 0, "start": 0}

    def counting(cls: type, name: str) -> None:
        slot: Any = cls.__dict__[name]

        def get(self: object) -> Any:
            counts[name] += 1
            return slot.__get__(self, cls)

        monkeypatch.setattr(cls, name, property(get, lambda self, v: slot.__set__(self, v)))

    counting(Event, "pos")
    counting(Mention, "start")
    yield counts


@pytest.mark.parametrize("n", [500, 2000])
def test_a_paragraph_of_told_us_turns_reads_a_bounded_number_of_events_and_names_per_quote(
    reads: dict[str, int], n: int
) -> None:
    # '“…,” Jo Dee, head of Dee Tools & Security told us.': each quote drops the verb's
    # event, and looks for the name and the person heading its subject.
    quotes = find_quotes([_told_us(n)])
    assert len(quotes) == n
    assert [q.speaker for q in quotes[:4]] == _NAMES
    assert reads["pos"] <= 20 * n  # was about n * n (every event of the paragraph per quote)
    assert reads["start"] <= 300 * n  # was about 9 * n * n


def test_the_speakers_of_a_said_paragraph_still_come_out() -> None:
    paragraph = "Jo Dee runs the harbour office. " + " ".join(
        f"“Pier {k} is fixed,” {_NAMES[k % 4]} said. “It took us {k + 2} days.”" for k in range(40)
    )
    quotes = find_quotes([paragraph])
    assert len(quotes) == 80
    assert [q.speaker for q in quotes[:8]] == [name for name in _NAMES for _ in (0, 1)]


def test_masking_covers_every_quote_once() -> None:
    from newstui.extract.quotes.reading import _masked  # noqa: PLC0415

    text = "ab “cd” ef “gh” ij"
    assert _masked(text, []) == text
    assert _masked(text, [(11, 15), (3, 7)]) == "ab \0\0\0\0 ef \0\0\0\0 ij"
    # Overlapping and nested ranges mask their union, the length kept.
    assert _masked(text, [(3, 9), (5, 7), (8, 12)]) == "ab " + "\0" * 9 + "gh” ij"


_ONLY_QUOTES_RUNNER = """
import time
from newstui.extract.quotes.reading import ArticleReading
from newstui.extract.quotes.spans import find_spans
paragraph = " ".join(f"“We fixed pier number {k} today.”" for k in range(40_000))
spans, masks = find_spans([paragraph])
start = time.perf_counter()
ArticleReading([paragraph], masks, None)
print(time.perf_counter() - start)
"""


def test_a_paragraph_made_only_of_quotes_is_masked_in_linear_time() -> None:
    # 40,000 quotes in one paragraph: 12 to 30 s when each quote copied the paragraph, 0.3 s
    # now. A hang bound, in a child.
    done = subprocess.run([sys.executable, "-c", _ONLY_QUOTES_RUNNER], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert float(done.stdout) < 3.0
