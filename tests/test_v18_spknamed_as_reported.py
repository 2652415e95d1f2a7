""" "As X wrote" asides naming the speaker (version 18, found on PolNeAR): the person after an
outlet's possessive or a role, lower-case role words before the name, a common noun after an
outlet's name, and an aside opening the sentence whose partial quote follows. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."


def _last_speaker(paragraph: str) -> str | None:
    quotes = find_quotes([_EARLIER, paragraph])
    assert len(quotes) == 2, quotes
    return quotes[-1].speaker


def test_as_an_outlets_writer_wrote() -> None:
    assert (
        _last_speaker("As the Valley Post’s Dana Cole wrote, “the harbour is busier than it has been in many years.”")
        == "Dana Cole"
    )


def test_as_a_bodys_press_secretary_explained() -> None:
    assert (
        _last_speaker(
            "As Harbour Council press secretary Jo Marsh explained, three fees were put off, “which sounds like a lot"
            " of money to most of us.”"
        )
        == "Jo Marsh"
    )


def test_as_a_role_then_a_name_put_it() -> None:
    assert (
        _last_speaker("But at the time, as prosecutor Jo Marsh put it, “there was not much to say about him in law.”")
        == "Jo Marsh"
    )


def test_an_aside_opening_the_sentence_names_whose_words_follow() -> None:
    assert (
        _last_speaker(
            "But as the Valley Times noted in an op-ed Thursday, the mayor “has somehow earned himself a few fans in"
            " the town.”"
        )
        == "Valley Times"
    )


def test_an_aside_on_an_outlet_and_its_kind_of_paper() -> None:
    assert (
        _last_speaker(
            "But as the local Valley Times paper noted in an op-ed, the mayor “has somehow earned himself a few fans"
            " in the town.”"
        )
        == "Valley Times"
    )


def test_a_speech_verb_after_the_aside_keeps_its_own_subject() -> None:
    # The aside sets the scene; the sentence's own speech verb names who spoke.
    assert (
        _last_speaker("As the Valley Times noted, Dana Cole said the mayor “has earned himself a few fans in town.”")
        == "Dana Cole"
    )
