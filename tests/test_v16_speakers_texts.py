"""A text's issuer named after "by" or "from" ("a study published by the Nordic Health
Institute") speaks when the text is quoted later ("the report said", "according to the
study"); a joint text of two bodies names nobody alone (version 16). Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _speakers(paragraphs: list[str]) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in find_quotes(paragraphs)]


def test_the_report_said_names_the_body_it_was_by() -> None:
    paragraphs = [
        "A report by the Nordic Health Institute looked at meals in 4,000 schools.",
        "Pupils ate more vegetables when the menus changed.",
        "“The new menus changed what children choose to eat,” the report said.",
    ]
    assert _speakers(paragraphs) == [("Nordic Health Institute", "The new menus changed what children choose to eat")]


def test_according_to_the_study_names_its_publisher() -> None:
    paragraphs = [
        "A study published by the Nordic Health Institute on Monday looked at 4,000 schools.",
        "Pupils ate more vegetables.",
        "The gap shows “a real effect of the new menus on what children choose to eat,” according to the study.",
    ]
    assert _speakers(paragraphs) == [
        ("Nordic Health Institute", "a real effect of the new menus on what children choose to eat")
    ]


def test_a_joint_report_names_nobody_alone() -> None:
    paragraphs = [
        "A study published by the Nordic Health Institute and Velta Foods looked at 4,000 schools.",
        "“The new menus changed what children choose to eat,” the study said.",
    ]
    assert _speakers(paragraphs) == [(None, "The new menus changed what children choose to eat")]
