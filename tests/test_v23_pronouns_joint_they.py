"""A "they" reporting a quote after two or more people named together: the pair speaks.
All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Dana Prell and Omar Villet met the board on Tuesday. “We will not sign this,” they said."],
        ["Dana Prell and Omar Villet met the board on Tuesday.", "“We will not sign this,” they said."],
        ["Dana Prell and Omar Villet, both fishers, met the board. “We will not sign this,” they said."],
        ["Dana Prell and Omar Villet met the board. They said: “We will not sign this.”"],
    ],
)
def test_they_after_a_joint_subject_is_the_pair(paragraphs: list[str]) -> None:
    assert [q.speaker for q in find_quotes(paragraphs)] == ["Dana Prell and Omar Villet"]


def test_they_goes_on_with_the_pair_who_spoke_together_past_a_single_speaker() -> None:
    paras = [
        "“We are done with the harbour plan,” Dana Prell and Omar Villet said.",
        "Mayor Ruth Okafor spoke next. “Nothing is final,” she said.",
        "“We will not sign this,” they added.",
    ]
    assert [q.speaker for q in find_quotes(paras)] == [
        "Dana Prell and Omar Villet",
        "Ruth Okafor",
        "Dana Prell and Omar Villet",
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # One person is never "they".
        ["Dana Prell met the board on Tuesday. “We will not sign this,” they said."],
        # Objects of the sentence before, not its subject.
        ["The mayor thanked Dana Prell and Omar Villet. “We will not sign this,” they said."],
        # The names own the subject: the lawyer is one person.
        ["Dana Prell and Omar Villet's lawyer met the board. “We will not sign this,” they said."],
    ],
)
def test_they_names_nobody_without_people_named_together_as_subject(paragraphs: list[str]) -> None:
    assert [q.speaker for q in find_quotes(paragraphs)] == [None]
