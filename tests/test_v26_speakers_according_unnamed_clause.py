"""Version 26: "“…,” according to a senior town official who spoke on the condition of
anonymity" names nobody: an unnamed source after "according to" may go on with a clause
or phrase saying who the person is (who/whose, "familiar with", "speaking on", "briefed
on", "close to"). Before, only a source closed by a mark counted, and the quote went to
the speaker before. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "Mayor Ann Toll said the town would act. “It is a disgrace,” Toll said."


@pytest.mark.parametrize(
    "paragraph",
    [
        "But “we will rebuild the pier before the summer,” according to a senior town official who spoke on "
        "the condition of anonymity.",
        "But “we will rebuild the pier before the summer,” according to one aide familiar with the talks.",
        "But “we will rebuild the pier before the summer,” according to an official, who asked not to be named.",
        "But “we will rebuild the pier before the summer,” according to a trust official speaking on background.",
    ],
)
def test_unnamed_source_with_a_clause(paragraph: str) -> None:
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (1, None)]


def test_named_source_still_named() -> None:
    paragraph = "But “we will rebuild the pier before the summer,” according to Tom Crane, who runs the trust."
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (1, "Tom Crane")]
