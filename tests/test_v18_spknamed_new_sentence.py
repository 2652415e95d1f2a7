"""A new sentence after a quote closed on . ! or ? is no attribution when its verb
reports a clause of its own (version 18, found on PolNeAR): '“…!” She replied to him
that …', '“….” Gov. Sam Pike said he would …'. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."


def _speakers(paragraph: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([_EARLIER, paragraph])][1:]


def test_a_mid_sentence_quote_on_an_exclamation_then_she_replied_that() -> None:
    assert _speakers(
        "In June, Sam Pike wrote to Dana Cole, addressing her as “Dee” and telling her, “you are a great player and"
        " we need you here!” She replied to him that it was an honour to serve."
    ) == ["Sam Pike"]


def test_a_quote_on_a_full_stop_then_a_name_said_he_would() -> None:
    assert _speakers(
        "“It is a sad day for the town,” Dana Cole told reporters. “This is what comes of the way they run"
        " things.” Gov. Sam Pike said he would have fired the man, according to reports."
    ) == ["Dana Cole", "Dana Cole"]


def test_a_quote_on_a_full_stop_then_the_name_and_said_still_attributes() -> None:
    assert _speakers("“This is what comes of the way they run things in the town.” Sam Pike said.") == ["Sam Pike"]


def test_a_quote_on_a_full_stop_then_the_name_and_told_reporters_still_attributes() -> None:
    assert _speakers("“This is what comes of the way they run things in the town.” Sam Pike told reporters.") == [
        "Sam Pike"
    ]


def test_said_that_night_after_a_full_stop_still_attributes() -> None:
    assert _speakers("“This is what comes of the way they run things in the town.” Sam Pike said that night.") == [
        "Sam Pike"
    ]
