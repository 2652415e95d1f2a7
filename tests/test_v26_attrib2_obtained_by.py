"""Version 26: "A letter from the Harbour Board obtained by The Valley Courier warns
that “…”": the outlet that got hold of a text ("obtained by", "seen by", "reviewed by")
only carries it; the text's own subject before the participle speaks. Before, the
outlet was read as the speaker. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_outlet_that_obtained_the_text_is_no_speaker() -> None:
    paragraphs = [
        "The harbour board has twice complained to the ferry company since March.",
        "A March 3 letter from the Harbour Board obtained by The Valley Courier warns that “any further use of "
        "the pier will be met by our lawyers in the spring.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Harbour Board")]
