"""A paragraph ending on a colon introduces the next: a quote opening that paragraph is
the words of the named body or person whose sentence ends on the colon ("The Harbour
Trust describes its work in these words:"), not the last speaker's (version 17, round 2,
found on PolNeAR). Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_a_body_introducing_the_next_paragraph_speaks_it() -> None:
    paragraphs = [
        "“The money is gone,” said Mara Quist, who audits the charity.",
        "The Harbour Trust describes its work in these words:",
        "“Wherever we go, we try to leave the harbour cleaner than we found it, one boat at a time.”",
    ]
    assert _speakers(paragraphs)[1:] == ["Harbour Trust"]


def test_a_person_introducing_the_next_paragraph_speaks_it() -> None:
    paragraphs = [
        "“The money is gone,” said Mara Quist, who audits the charity.",
        "Trust chairman Jo Reed put it another way on his blog:",
        "“Wherever we go, we try to leave the harbour cleaner than we found it, one boat at a time.”",
    ]
    assert _speakers(paragraphs)[1:] == ["Jo Reed"]


def test_a_colon_after_no_named_subject_names_nobody_new() -> None:
    # "Then came the reply:" has no named subject: the existing reading stands.
    paragraphs = [
        "“The money is gone,” said Mara Quist, who audits the charity.",
        "Then came the reply:",
        "“Wherever we go, we try to leave the harbour cleaner than we found it, one boat at a time.”",
    ]
    assert _speakers(paragraphs)[1:] == ["Mara Quist"]


def test_a_speech_verb_after_a_second_subject_keeps_its_own_speaker() -> None:
    paragraphs = [
        "“The money is gone,” said Mara Quist, who audits the charity.",
        "The Daily Gull made the same claim in May, and the Harbour Trust responded:",
        "“Wherever we go, we try to leave the harbour cleaner than we found it, one boat at a time.”",
    ]
    assert _speakers(paragraphs)[1:] == ["Harbour Trust"]
