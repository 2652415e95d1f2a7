"""Who a quote with no attribution of its own goes on with (version 17, found on PolNeAR):
a name used as a modifier after "the" and adjectives ("the oversized Lind face") is no new
subject to go on with. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_a_name_modifying_a_thing_after_adjectives_is_not_gone_on_with() -> None:
    paragraphs = [
        "The show mocks Ada Lind without naming her.",
        "“This is a critique of the elite,” said Jo Reed, who also stars in the show. But the oversized Lind"
        " face beaming from billboards has not hurt interest. “It has had a marvelous result.”",
    ]
    assert _speakers(paragraphs) == ["Jo Reed", "Jo Reed"]


def test_a_described_person_as_subject_is_still_gone_on_with() -> None:
    # "the embattled Lind insists": an adjective before the person, then her verb.
    paragraphs = [
        "The show mocks Ada Lind without naming her.",
        "“This is a critique of the elite,” said Jo Reed. But the embattled Lind insists she is not hurt."
        " “It has had a marvelous result for me.”",
    ]
    assert _speakers(paragraphs) == ["Jo Reed", "Ada Lind"]
