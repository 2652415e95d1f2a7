"""Somebody unnamed speaking to an outlet (version 18, found on PolNeAR): "another source
speaking to Harbour News said", "an aide who spoke to the Post told reporters": the
outlet the person spoke to is no speaker; an indefinite subject names nobody. Invented
text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."
_QUOTE = "“The agents are looking at the gifts and the contracts together”"


def _last_speaker(paragraph: str) -> str | None:
    quotes = find_quotes([_EARLIER, paragraph])
    assert len(quotes) == 2, quotes
    return quotes[-1].speaker


def test_a_source_speaking_to_an_outlet_said_before_the_quote() -> None:
    assert _last_speaker(f"Another source speaking to Harbour News said, {_QUOTE[:-1]}.”") is None


def test_a_source_speaking_to_an_outlet_said_after_the_quote() -> None:
    assert _last_speaker(f"{_QUOTE[:-1]},” another source speaking to Harbour News said.") is None


def test_an_aide_who_spoke_to_an_outlet_said() -> None:
    assert _last_speaker(f"An aide who spoke to Harbour News said, {_QUOTE[:-1]}.”") is None


def test_a_named_person_speaking_to_an_outlet_still_speaks() -> None:
    assert _last_speaker(f"Dana Cole, speaking to Harbour News, said, {_QUOTE[:-1]}.”") == "Dana Cole"
