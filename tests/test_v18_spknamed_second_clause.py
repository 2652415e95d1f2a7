"""A partial quote in a second clause of its sentence ("…, while Cole proposed “…”", "…;
one member called Pike “…”", "…, but Pike called it “…”") is said by that clause's own
subject, not the subject opening the sentence (version 18, found on PolNeAR). Invented
text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."


def _speakers(paragraph: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([_EARLIER, paragraph])][1:]


def test_a_while_clause_with_an_apposition() -> None:
    assert _speakers(
        "Gov. Sam Pike on Monday signed an order, while Dana Cole, the former chief, proposed we “wake up and look at"
        " the harbour” before the vote."
    ) == ["Dana Cole"]


def test_a_but_clause() -> None:
    assert _speakers(
        "Sam Pike praised the long hours of work, but Dana Cole called it “a waste of the town’s money.”"
    ) == ["Dana Cole"]


def test_an_unnamed_subject_after_a_semicolon_names_nobody() -> None:
    assert _speakers(
        "The plan prompted Sam Pike to call a vote; one member called the plan “the loudest idea in the whole"
        " harbour town.”"
    ) == [None]


def test_a_while_aside_inside_the_main_clause_keeps_its_subject() -> None:
    assert _speakers("Sam Pike, while Dana Cole watched, called the plan “a waste of the town’s money and time.”") == [
        "Sam Pike"
    ]
