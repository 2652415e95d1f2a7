"""Version 22: a paragraph that is a quote alone, then a paragraph crediting it after a
dash ("— Tom Vance." / "-Mayor Ruth Okafor, speaking at the launch."), as fact-check
columns, quote boxes and epigraphs set them: the quote is the credited person's, not
the speaker quoted before it. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers


@pytest.mark.parametrize("dash", ["—", "–", "-", "- ", "— "])
def test_a_dash_credit_after_a_lone_quote_names_its_speaker(dash: str) -> None:
    assert speakers(
        [
            "Here are some claims from the debate that we checked, with our colleague Dana Whitcombe.",
            "“Nine out of ten new jobs in the county went to people from outside it.”",
            f"{dash}Tom Vance.",
            "The county's own figures show a far smaller share.",
        ]
    ) == ["Tom Vance"]


def test_a_credit_with_a_title_and_a_comment() -> None:
    assert speakers(
        [
            "“The harbour wall will be finished before the winter storms arrive,” Peter Hollis said.",
            "“Every family on the seafront deserves that promise kept.”",
            "-Mayor Ruth Okafor, speaking at the launch on Friday.",
        ]
    ) == ["Peter Hollis", "Ruth Okafor"]


def test_a_dash_paragraph_that_is_no_credit_changes_nothing() -> None:
    # A list item after a quote: the dash opens a sentence, not a credit.
    assert speakers(
        [
            "“The harbour wall will be finished before the winter storms arrive,” Peter Hollis said.",
            "“We have the money and the men.”",
            "- Ruth Okafor will open the second phase in the spring, the council said.",
        ]
    ) == ["Peter Hollis", "Peter Hollis"]
