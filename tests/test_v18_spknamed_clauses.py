"""Whose clause holds the quote (version 18, found on PolNeAR). A quote inside a
subordinate clause opening the sentence ("While Cole calls the plan a “…,” Pike …") is
said by that clause's subject, never by the main clause's subject after it; a quote in a
clause reported by a speech verb ("Cole says his “friend” Pike ran “…”") is the
reporter's, not the reported clause's subject's. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."


def _speakers(paragraph: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([_EARLIER, paragraph])][1:]


def test_a_quote_in_an_opening_while_clause_is_its_subjects() -> None:
    assert _speakers(
        "While Dana Cole calls the plan a “tidy piece of careful work,” Sam Pike fixates on the budget."
    ) == ["Dana Cole"]


def test_a_quote_in_an_opening_although_clause_is_its_subjects() -> None:
    assert _speakers(
        "Although Dana Cole called the plan “a tidy piece of careful work,” Sam Pike voted against it."
    ) == ["Dana Cole"]


def test_a_joined_speech_verb_in_an_opening_when_clause() -> None:
    assert _speakers(
        "When Dana Cole later spoke about the harbour and said she would “protect our small boat owners,” the crowd"
        " cheered loudly."
    ) == ["Dana Cole"]


def test_a_quote_after_the_opening_clause_keeps_the_main_subject() -> None:
    assert _speakers("When the vote ended, Dana Cole called the plan “a tidy piece of careful work” on the radio.") == [
        "Dana Cole"
    ]


def test_a_clause_reported_after_an_earlier_quote_is_the_reporters() -> None:
    assert (
        _speakers(
            "Dana Cole says his “friend and colleague” Sam Pike ran “an optimistic campaign focused on the future"
            " of our party.”"
        )[-1]
        == "Dana Cole"
    )


def test_a_second_clause_with_a_speech_verb_of_its_own_keeps_its_subject() -> None:
    assert (
        _speakers(
            "Dana Cole praised “the long hours of careful work,” but Sam Pike called it “a waste of the town’s"
            " money and time.”"
        )[-1]
        == "Sam Pike"
    )


def test_a_reporting_clause_interjected_after_an_opening_clause_still_attributes() -> None:
    assert _speakers(
        "If Sam Pike wins “the big one on the harbour,” Dana Cole said, the town will change for good."
    ) == ["Dana Cole"]
