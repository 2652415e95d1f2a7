"""Version 26: in 'Tom Crane said, “Instead of calming the town,” Toll “chose an attack.”'
the name between the two quotes is what the second quote says of, not a caption-style
credit of the first: the first quote stays with the speaker before it. A name and an
apposition closing the sentence with no verb ('“…,” Jo Dee, director of the board.')
still credit the quote. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_BEFORE = "“We never lose a boat to the weather if we can help it,” Mayor Ann Toll said."


def test_name_before_the_next_quote_is_its_topic() -> None:
    paragraph = (
        "The trust was quick to answer. Tom Crane, a spokesman for Harbour Master Jo Dee, said, "
        "“Instead of calming the town after a terrible storm,” Toll “opted for a cheap political attack.”"
    )
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.text, q.speaker) for q in quotes[1:]] == [
        ("Instead of calming the town after a terrible storm", "Tom Crane"),
        ("opted for a cheap political attack.", "Tom Crane"),
    ]


def test_verbless_credit_still_names() -> None:
    quotes = find_quotes([_BEFORE, "“The pier will be rebuilt before the summer,” Tom Crane, director of the trust."])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (1, "Tom Crane")]
