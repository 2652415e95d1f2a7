"""An unnamed source after the quote whose noun phrase goes on with a place or a relative
clause before its verb (version 17, found on PolNeAR): "a message on the website reads", "an
official who spoke on condition of anonymity said". Nobody is named, and the speaker before is
not carried over. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."


def test_a_text_on_a_website_then_its_verb() -> None:
    assert _speakers(
        [
            _EARLIER,
            "“Welcome to the valley, where the snow is deep and the people are kind!” a message on the website reads.",
        ]
    ) == ["Tom Reed", None]


def test_an_official_with_a_relative_clause_then_the_verb() -> None:
    assert _speakers(
        [
            _EARLIER,
            "“We need more plows on the roads before the next storm,” a town official who spoke on condition "
            "of anonymity said Monday.",
        ]
    ) == ["Tom Reed", None]


def test_a_staffer_in_the_room_then_a_verb_outside_the_speech_verbs() -> None:
    assert _speakers(
        [_EARLIER, "“Will he run again next year for the same seat?” a council aide in the room wondered."]
    ) == [
        "Tom Reed",
        None,
    ]


def test_a_relative_clause_naming_somebody_else_names_nobody() -> None:
    assert _speakers(
        [_EARLIER, "“We need more plows on the roads before the next storm,” a woman who met Reed that morning said."]
    ) == ["Tom Reed", None]


def test_a_time_phrase_then_a_name_before_the_verb_is_no_unnamed_source() -> None:
    assert (
        _speakers(
            [
                _EARLIER,
                "“We need more plows on the roads before the next storm,” a day after the vote at the hall "
                "Ann Toll said.",
            ]
        )[1]
        is not None
    )
