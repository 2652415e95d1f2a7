"""Review of the inverted-verb window (v26): a verb after a run of spaces longer than the
window made `_inverted_at` search the whole sentence so far again (its cost test is in
test_v26_lead_inverted_cost.py); spaces and one adverb are now stepped over, with the
answers of reading the whole lead."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import resolver


@pytest.mark.parametrize(
    ("lead", "inverted"),
    [
        (resolver.MASK * 6 + "," + " " * 500, True),
        ("The harbour master" + " " * 500, False),
        (resolver.MASK * 6 + "," + " " * 300 + "also" + " " * 300, True),
        ("The harbour master" + " " * 300 + "then" + " " * 300, False),
        (" " * 500, True),
        (" " * 300 + "then" + " " * 300, True),
        ("then", False),  # an adverb opening the sentence has no space before it: read as a word
    ],
)
def test_spaces_and_one_adverb_are_stepped_over(lead: str, inverted: bool) -> None:
    text = "Earlier. " + lead + " said"
    assert resolver._inverted_at(text, len("Earlier. "), len(text) - len(" said")) is inverted
