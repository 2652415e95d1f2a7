"""Version 26: "quip" after a modal ("a spokesman for the trust could only quip: “…”") is a
reporting verb, as "say" is after one; and a modal other than will/would (could, can,
should, might, must) or "only"/"just" between a subject and its verb is skipped as
"would" and "later" were ("that Tom Crane could only say: “…”" is Crane's; before, the
subject was not found and the quote named nobody). Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "Mayor Ann Toll said the town would act. “It is a disgrace, and we will act,” Toll said."


def test_modal_quip_introduces_an_unnamed_speaker() -> None:
    paragraph = "The date was so odd that a spokesman for the trust could only quip: “I guess the fair was booked.”"
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (1, None)]


@pytest.mark.parametrize("verb", ["could only quip", "could only say", "can just say", "might say", "must say"])
def test_modal_then_verb_after_a_named_subject(verb: str) -> None:
    paragraph = f"The date was so odd that Tom Crane {verb}: “I guess the fair was booked.”"
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (1, "Tom Crane")]
