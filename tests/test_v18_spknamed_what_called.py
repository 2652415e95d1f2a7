""" "What X called “…”" (version 18, found on PolNeAR): the words after "what Cole called"
are Cole's, whoever the sentence's subject is. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."


def _speakers(paragraph: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([_EARLIER, paragraph])][1:]


def test_what_a_named_person_called_an_approach() -> None:
    assert _speakers(
        "One option would be a new club, while another would be what Dana Cole called a “let the whole garden grow"
        " all year” approach to the harbour."
    ) == ["Dana Cole"]


def test_what_a_named_person_called_before_the_main_clause() -> None:
    assert _speakers(
        "As the town prepares for what Dana Cole called “the loudest and most unusual vote in modern history,” Sam"
        " Pike is intrigued by it."
    ) == ["Dana Cole"]
