"""Version 21: a later quote of a paragraph that opened on an attributed quote is no
paragraph of its own. "“…,” he said. “…”" followed by "That view was shared by Ada Kent"
keeps both quotes the coach's; only a paragraph holding nothing but the quote is named by
the next paragraph's "That was how X put it". Invented text."""

from __future__ import annotations

from extract_helpers import speakers

_INTRO = "Tom Hale, the coach, spoke to reporters after the game on Saturday."
_NEXT = "That view was shared by Ada Kent, the captain of the side, who had played every minute."


def test_a_later_quote_after_he_said_stays_with_its_paragraph() -> None:
    said = "“We played well for an hour and kept the ball,” he said. “Then our legs went and the game went with them.”"
    assert speakers([_INTRO, said, _NEXT]) == ["Tom Hale", "Tom Hale"]


def test_a_paragraph_of_only_the_quote_is_named_by_the_next() -> None:
    alone = "“Then our legs went and the game went with them, and there was nothing left in us.”"
    assert speakers([_INTRO, alone, _NEXT]) == ["Ada Kent"]
