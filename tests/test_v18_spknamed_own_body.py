"""A person's own body speaks for them (version 18, found on PolNeAR): "Reed's office said",
"the Reed campaign explained", "Reed's campaign …, telling reporters". The office, campaign
or team of a named person issues their words; a person working for them ("Reed's
publicist said") stays somebody unnamed. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_EARLIER = "Sam Pike spoke first. “We have cleared the roads before the storm came in,” Pike said."


def _last_speaker(paragraph: str) -> str | None:
    quotes = find_quotes([_EARLIER, "Dana Reed, the harbour mayor, answered on Monday.", paragraph])
    assert len(quotes) == 2, quotes
    return quotes[-1].speaker


def test_a_persons_office_said() -> None:
    assert (
        _last_speaker("“The mayor wrote to the board about the ferry timetable in plain terms,” Reed’s office said.")
        == "Dana Reed"
    )


def test_the_persons_campaign_explained_in_a_release() -> None:
    assert (
        _last_speaker(
            "“The money went into building works at the harbour and the ferry pier,” the Reed campaign"
            " explained in its release."
        )
        == "Dana Reed"
    )


def test_a_persons_campaign_telling_reporters() -> None:
    assert (
        _last_speaker(
            "Reed’s campaign shrugged off the remarks, telling reporters, “Neither Mayor Reed nor anyone on her"
            " team has asked Pike for anything at all.”"
        )
        == "Dana Reed"
    )


def test_a_persons_publicist_stays_unnamed() -> None:
    assert _last_speaker("“The mayor is resting at home and will be back next week,” Reed’s publicist said.") is None
