"""Version 26: a sentence opening on "the former mayor" (or "the longtime senator", "the
outgoing chairman") with a partial quote in it is that description's: the description is
read through the word placing the office in time. Before, the reading stopped at
"former", found no person's noun, and the quote went on with the speaker before. Also
after an opening phrase ("Reprising one of her lines, the former mayor …"). Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = [
    "Former Mayor Ann Toll met Tom Crane at the quay on Monday.",
    "“This is not what the town is about,” Crane said.",
]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The former mayor called the new plan “a gift to the ferry owners and nobody else.”",
        "Reprising one of her own lines, the former mayor talked about keeping the “progress we made under the old "
        "harbour board” for good.",
    ],
)
def test_former_office_opening_the_sentence(paragraph: str) -> None:
    quotes = find_quotes([*_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Tom Crane"), (2, "Ann Toll")]
