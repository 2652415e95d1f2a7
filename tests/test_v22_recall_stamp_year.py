"""Version 22 (recall): a year in a line opening with 'Published'/'Updated' makes it a stamp only as a date.

A publication stamp ('Published: 2024', 'Updated 2025 | 10:15') was told from a fact line by
any number between 1800 and 2099, so a book box's or a plan's line ('Published in 1994 by a
small press in Leeds', 'Updated target: 2040 homes by the river') went out of the story as a
stamp. A year followed by a word is a count or a fact, not a stamp's date (blocks written for
the tests).
"""

from __future__ import annotations

from newstui.extract.furniture import drop_middle
from newstui.extract.walk import Block

_PARAGRAPH = (
    "The town's library will reopen in the old corn exchange next spring, the council said, after "
    "three years in a school hall while the roof of its own building was rebuilt."
)


def _kept(line: str) -> bool:
    blocks = [Block("p", _PARAGRAPH), Block("p", line), Block("p", _PARAGRAPH)]
    return any(block.text == line for block in drop_middle(blocks))


def test_a_year_followed_by_words_is_no_stamp() -> None:
    assert _kept("Published in 1994 by a small press in Leeds")
    assert _kept("Updated target: 2040 homes by the river")
    assert _kept("Veröffentlicht 1987 im Verlag am Hafen")


def test_stamps_with_a_year_still_go() -> None:
    assert not _kept("Published: 2024")
    assert not _kept("Updated 2025 | 10:15")
    assert not _kept("Published: Thursday, 14-Mar-2024")
    assert not _kept("Updated: 2025/03/04")
    assert not _kept("Published: March 4th, 2025 | Tags: harbour, ferries")
