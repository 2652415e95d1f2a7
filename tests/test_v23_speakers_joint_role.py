"""Version 23: a person's role joined by "and" to a name in one subject ("the mayor and Ann
Toll said") says the words with the named person: the quote goes to both, the role read
as the person the article gave it ("Dana Prell and Ann Toll"). Before, the name alone
spoke ("the mayor and Ann Toll said"), or nobody did ("Ann Toll and the mayor said" was
no attribution at all and the quote went on with an earlier speaker). Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

OPENING = "Mayor Dana Prell cut the ribbon on the new quay on Monday morning."
WORDS = "“The harbour will reopen in May and the ferries will run every hour again,”"
EARLIER = "“We waited two winters for this day,” said Omar Villet, who runs the ferry."


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in find_quotes(paragraphs)]


def test_the_role_then_the_name_after_the_quote() -> None:
    assert _speakers([OPENING, f"{WORDS} the mayor and Ann Toll said."]) == ["Dana Prell and Ann Toll"]


def test_the_name_then_the_role_after_the_quote() -> None:
    paragraphs = [OPENING, EARLIER, f"{WORDS} Ann Toll and the mayor said."]
    assert _speakers(paragraphs) == ["Omar Villet", "Ann Toll and Dana Prell"]


def test_an_inverted_verb_before_the_role_and_the_name() -> None:
    assert _speakers([OPENING, f"{WORDS} said the mayor and Ann Toll."]) == ["Dana Prell and Ann Toll"]


def test_the_role_and_a_role_worded_name_introducing_the_quote() -> None:
    text = "The mayor and harbour master Ann Toll told reporters: “The ferries will run every hour again from May.”"
    assert _speakers([OPENING, text]) == ["Dana Prell and Ann Toll"]


def test_a_role_nobody_in_the_article_holds_leaves_the_name_alone() -> None:
    assert _speakers([f"{WORDS} the mayor and Ann Toll said."]) == ["Ann Toll"]


def test_a_role_that_is_an_object_joins_nobody() -> None:
    text = "The board thanked the mayor and Ann Toll said: “The ferries will run every hour again from May.”"
    assert _speakers([OPENING, text]) == ["Ann Toll"]
