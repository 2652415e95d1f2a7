"""Version 26: a quote that closes its own sentence ends that sentence for the quotes of
the next one, though the mask hides its full stop. In 'Toll called the walls “quite
dangerous.” Gov. Jo Crane, hoping to win Maine, called Dee a “petulant child” who is
acting “as if he is a king.”' the last quote is Crane's: the earlier speech of its
sentence is Crane's calling, not Toll's before the closed quote. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_closed_quote_ends_the_sentence_before() -> None:
    paragraph = (
        "Tom Dee blamed the storm on “sickos” and suggested building walls. Former governor Ann Toll called "
        "the use of walls “quite dangerous to the fleet.” Gov. Jo Crane, hoping to surge in Maine, called Dee "
        "a “petulant child of the harbour” who is acting “as if he is a king, as if he is a dictator.”"
    )
    quotes = find_quotes([paragraph])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("quite dangerous to the fleet.", "Ann Toll"),
        ("petulant child of the harbour", "Jo Crane"),
        ("as if he is a king, as if he is a dictator.", "Jo Crane"),
    ]
