"""A passive "asked by" and a named asker before a quote (version 17, found on PolNeAR):
the words quoted are the asker's question, not the answer of the one asked. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_asked_by_a_named_host_then_the_question() -> None:
    assert _speakers(["Mira Lund was asked by host Ben Marr, “Do you think the plan will work at all this year?”"]) == [
        "Ben Marr"
    ]


def test_asked_by_a_named_moderator_whether_then_quoted_words() -> None:
    assert _speakers(
        ["Mira Lund was asked by moderator Ben Marr whether the plan would risk “adding one more costly program.”"]
    ) == ["Ben Marr"]


def test_asked_by_an_unnamed_asker_names_nobody() -> None:
    assert _speakers(["Mira Lund was asked by a reporter, “Do you think the plan will work at all this year?”"]) == [
        None
    ]


def test_asked_by_a_named_asker_then_the_one_asked_answers() -> None:
    assert _speakers(
        ["Mira Lund, asked by Ben Marr about the plan, replied, “I think it will work well this year.”"]
    ) == ["Mira Lund"]
