"""Version 25: "… Crane, who Ann Toll called “…”": the words a named person calls
somebody or something in a relative clause (who, whom, which) are that person's, as
"what Toll called “…”" already was, though the sentence's subject is somebody else or
nobody named. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "Much of the anger fell on Tom Crane, who Ann Toll on Monday called “a reckless and careless harbour master.”",
        "The anger fell on Tom Crane, whom Ann Toll described as “a reckless and careless harbour master.”",
        "The anger fell on the harbour plan, which Ann Toll called “a reckless waste of public money.”",
    ],
)
def test_a_relative_clause_of_calling_names_its_subject(sentence: str) -> None:
    assert [q.speaker for q in find_quotes([sentence])] == ["Ann Toll"]


def test_who_called_with_no_name_after_it_is_not_read() -> None:
    found = find_quotes(
        ["Ann Toll spoke to the harbour board. It was Tom Crane who called the plan “a reckless waste of money.”"]
    )
    assert [q.speaker for q in found] == ["Tom Crane"]
