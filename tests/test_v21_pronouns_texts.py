"""Version 21: a text whose writer its own sentence names. "A fundraising email sent out by
Quill warned of the fight ahead: “…”" is Quill's words, not a text of nobody named, as "an
email" alone or "a letter signed by forty residents" are; "a letter from Quill's lawyers"
is the lawyers', unnamed. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_BEFORE = [
    "Senator Mara Quill won the state primary on Tuesday.",
    "“We will be ready for her,” said her rival, Tom Hale.",
]
_QUOTE = "“There are eleven contests in the next month, and our rivals will spend heavily.”"


@pytest.mark.parametrize(
    "lead",
    [
        "A fundraising email sent out by Quill on Tuesday night warned of the hard fight ahead: ",
        "An email from Quill warned of the fight ahead: ",
    ],
)
def test_a_text_from_a_named_writer_is_the_writers(lead: str) -> None:
    assert speakers([*_BEFORE, lead + _QUOTE])[1:] == ["Mara Quill"]


@pytest.mark.parametrize(
    "lead",
    [
        "A letter from Quill's lawyers warned of the fight ahead: ",
        "A letter signed by forty residents warned of the fight ahead: ",
        "An email from the campaign warned of the fight ahead: ",
    ],
)
def test_a_text_of_no_named_writer_stays_nobodys(lead: str) -> None:
    assert speakers([*_BEFORE, lead + _QUOTE])[1:] == [None]
