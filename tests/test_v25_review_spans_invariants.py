"""The order the quote pass keeps (version 25, the spans review): guards on what the
bisected look-ups rely on.

- A paragraph's speech events stay in the order of their offsets whatever order they
  are recorded in (the speech-clause scan records its passes one after the other, the
  quotes' attributions come later); those at one offset in the order recorded:
  `drop_event` forgets the first recorded there, `last_event` finds the last.
- The masking covers each quote's range once, touching, nested or at the paragraph's
  ends, and keeps every offset (a character outside the Basic Multilingual Plane is one).
Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.reading import ArticleReading, Event, _masked
from newstui.extract.quotes.vocabulary import MASK


def _reading() -> ArticleReading:
    return ArticleReading(["x" * 200], [[]], None)


def test_events_recorded_out_of_order_are_read_in_the_order_of_their_offsets() -> None:
    reading = _reading()
    for pos in (50, 10, 90, 30, 70):
        reading.add_event(Event(0, pos, f"at {pos}", None))
    assert [ev.pos for ev in reading.events_between(0, 0)] == [10, 30, 50, 70, 90]
    latest = reading.last_event(0, 60, back=0)
    assert latest is not None and latest.pos == 50


def test_events_at_one_offset_keep_the_order_recorded() -> None:
    reading = _reading()
    reading.add_event(Event(0, 40, "first", None))
    reading.add_event(Event(0, 20, "earlier", None))
    reading.add_event(Event(0, 40, "second", None))
    latest = reading.last_event(0, 41, back=0)
    assert latest is not None and latest.speaker == "second"
    reading.drop_event(0, 30, 50)  # the first recorded at 40
    assert [ev.speaker for ev in reading.events_between(0, 0)] == ["earlier", "second"]
    reading.drop_event(0, 41, 60)  # nothing in [41, 60)
    assert [ev.speaker for ev in reading.events_between(0, 0)] == ["earlier", "second"]


def test_masking_touching_nested_and_edge_ranges() -> None:
    text = "“ab”“cd” and “ef”"
    masked = _masked(text, [(4, 8), (0, 4), (13, 17), (14, 16)])
    assert masked == MASK * 8 + " and " + MASK * 4
    assert len(masked) == len(text)


def test_masking_keeps_offsets_past_characters_outside_the_bmp() -> None:
    text = "🌊🌊 “ab” 🐟 “cd”"
    a = text.index("“ab”")
    b = text.index("“cd”")
    masked = _masked(text, [(b, b + 4), (a, a + 4)])
    assert masked == "🌊🌊 " + MASK * 4 + " 🐟 " + MASK * 4


def test_quotes_after_characters_outside_the_bmp_keep_their_speakers() -> None:
    paragraph = "🌊🐟 “We fixed the north pier today,” Jo Dee said. 🐟 “The south pier is next,” Sam Pike said."
    assert [(q.text, q.speaker) for q in find_quotes([paragraph])] == [
        ("We fixed the north pier today", "Jo Dee"),
        ("The south pier is next", "Sam Pike"),
    ]
