"""Which mechanism names each quote's speaker (`traced_quotes`), the candidates a he/she
or a carried quote chose among (`traced_choices`), and the bench scripts reading them.

All text here is invented for these tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.continuation import CARRY_FEATURES
from newstui.extract.quotes.finder import traced_choices, traced_quotes
from newstui.extract.quotes.references import CHOICE_FEATURES

ROOT = Path(__file__).resolve().parent.parent

# Two people in one sentence; the she that follows is the second, the one of her gender.
_MEETING = [
    "Councillor Arlo Brandt met Helen Varga at the harbour office on Tuesday to discuss the dredging plan.",
    "“We cannot wait another winter for this,” she said.",
]

# A speaker, another interrupting, then the first named again and quoted without a verb.
_INTERRUPTED = [
    "“The ferry timetable is a mess,” said Ruth Olawale, who runs the island’s only bakery.",
    "Harbour master Tomas Brennick, standing by the ticket hut, shook his head. “It has not changed in ten years,”"
    " he said.",
    "Olawale was unmoved. “Then print it somewhere we can read it.”",
]


def test_traced_quotes_are_find_quotes_with_their_mechanisms() -> None:
    traced = traced_quotes(_INTERRUPTED)
    assert [q for q, _ in traced] == find_quotes(_INTERRUPTED)
    assert [(q.speaker, how) for q, how in traced] == [
        ("Ruth Olawale", "after:_verb_then_subject:name"),
        ("Tomas Brennick", "after:_subject_then_verb:pronoun"),
        ("Ruth Olawale", "continue:named-since"),
    ]


def test_a_quote_introduced_before_its_marks() -> None:
    (traced,) = traced_quotes(["Ruth Olawale told the meeting: “Nobody knows when the boats come.”"])
    assert traced[0].speaker == "Ruth Olawale"
    assert traced[1] == "before:_verb_before:name"


def test_the_pronoun_of_her_gender_picks_the_second_person_named() -> None:
    (quote, how, choice) = traced_choices(_MEETING)[0]
    assert quote.speaker == "Helen Varga"
    assert how == "after:_subject_then_verb:pronoun"
    assert choice is not None
    features, candidates, chosen = choice
    assert [e.name for e in candidates] == ["Arlo Brandt", "Helen Varga"]
    assert chosen is candidates[1]
    assert all(len(row) == len(CHOICE_FEATURES) for row in features)
    agrees = CHOICE_FEATURES.index("gender-agrees")
    assert [row[agrees] for row in features] == [0.0, 1.0]


def test_a_carried_quote_after_an_interruption_goes_back_to_the_person_named() -> None:
    quote, how, choice = traced_choices(_INTERRUPTED)[2]
    assert (quote.speaker, how) == ("Ruth Olawale", "continue:named-since")
    assert choice is not None
    features, candidates, chosen = choice
    assert chosen is not None and chosen.name == "Ruth Olawale"
    assert {e.name for e in candidates} == {"Ruth Olawale", "Tomas Brennick"}
    assert all(len(row) == len(CARRY_FEATURES) for row in features)
    last = CARRY_FEATURES.index("last-speaker")
    # The interrupting speaker spoke last; the quote still goes to the one named since.
    assert {e.name for e, row in zip(candidates, features, strict=True) if row[last]} == {"Tomas Brennick"}


def test_speaker_mechanisms_bench_reads_a_corpus() -> None:
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "speaker_mechanisms.py"),
            f"fixtures={ROOT / 'tests' / 'data' / 'quotes'}",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    first = out.splitlines()[0]
    assert first.startswith("fixtures: 1.000 (")
    assert "after:_subject_then_verb:pronoun" in out
    assert "wrong ones, by kind of error" in out
