"""Review of the v25 rule for a past clause closed by a comma before a whole sentence
quoted ('Ivy Moss glanced up from her notes, “…”'): its subject must be somebody who can
speak (not the "it" of 'It rained all day,'), and a clause quoting or citing somebody
else ('Ivy Moss quoted her late father, “…”') hands on that person's words, not the
subject's. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes.finder import traced_quotes

_LEAD = "“This is one of those things you know when you see,” said Mr. Crane."


@pytest.mark.parametrize("clause", ["It rained all day on the harbour,", "It snowed all morning,"])
def test_an_impersonal_it_introduces_nobody(clause: str) -> None:
    paras = [_LEAD, f"{clause} “Nobody came down to the pier at all.”"]
    assert "_past_clause_comma" not in traced_quotes(paras)[1][1]


@pytest.mark.parametrize("clause", ["Ivy Moss quoted her late father,", "Ivy Moss cited her grandmother,"])
def test_a_clause_quoting_somebody_else_is_no_introduction(clause: str) -> None:
    paras = [_LEAD, f"{clause} “Never trust a harbour master with a boat.”"]
    assert "_past_clause_comma" not in traced_quotes(paras)[1][1]


def test_a_pronoun_that_can_speak_still_introduces() -> None:
    paras = [_LEAD, "He glanced up from his notes, “Nobody came down to the pier at all.”"]
    quotes = traced_quotes(paras)
    assert quotes[1][1].startswith("before:_past_clause_comma")
    assert quotes[1][0].speaker == "Crane"
