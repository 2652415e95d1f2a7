"""Review of version 22's dash credit under a lone quote ("“…” / — Tom Vance."): a wire
sign-off or a dateline after a dash credits no one with the quote, and neither does a
dash opening a sentence about a person. The quote stays the speaker's before it.
Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

SAID = "“We will rebuild the pier within a year,” Ann Lee said on Monday."
LONE = "“Nothing will stop the town from having its harbour back.”"


def test_a_wire_sign_off_credits_nobody() -> None:
    assert _speakers([SAID, LONE, "— Reuters"]) == ["Ann Lee", "Ann Lee"]


def test_an_agency_named_in_words_credits_nobody() -> None:
    assert _speakers([SAID, LONE, "-- Associated Press"]) == ["Ann Lee", "Ann Lee"]


def test_a_dateline_after_a_dash_credits_nobody() -> None:
    assert _speakers([SAID, LONE, "— LONDON"]) == ["Ann Lee", "Ann Lee"]


def test_a_sentence_after_an_apposition_credits_nobody() -> None:
    line = "— Tom Vance, who chairs the harbour board, disagreed."
    assert _speakers([SAID, LONE, line]) == ["Ann Lee", "Ann Lee"]


def test_a_sentence_after_a_dashed_apposition_credits_nobody() -> None:
    line = "— Tom Vance — the harbour master — was not at the meeting."
    assert _speakers([SAID, LONE, line]) == ["Ann Lee", "Ann Lee"]


def test_a_credit_with_a_comment_still_credits() -> None:
    line = "— Tom Vance, harbour master, speaking at the launch."
    assert _speakers([SAID, LONE, line]) == ["Ann Lee", "Tom Vance"]
