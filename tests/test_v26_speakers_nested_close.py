"""Version 26: in an archive typing ''…'' for double marks, a single quote nested at the
end closes with its outer one as three apostrophes ('the word 'fair play,''' said Jo Dee).
The last two are the double mark, so the words after them attribute the quote; before,
the first two closed it and a stray apostrophe hid the attribution. Three apostrophes
opening a quote after a space are still read first two first. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import read_marks


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "''I would only use the word 'fair play,''' said Dana Price, who now runs the harbour trust.",
            "Dana Price",
        ),
        ("The old mayor, Tom Crane, ''won me over at 'good morning,''' Ms. Price wrote in her diary.", "Price"),
        ("''Nobody here says 'never again,''' Ann Toll, the ferry captain, told the council.", "Ann Toll"),
    ],
)
def test_nested_single_closing_with_double(paragraph: str, speaker: str) -> None:
    quotes = find_quotes(["Tom Crane opened the harbour fair on Sunday.", paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, speaker)]
    assert quotes[0].text.endswith("'")


def test_marks_read() -> None:
    assert read_marks("''the word 'fair play,''' said Dee.") == "\"the word 'fair play,'\" said Dee."
    assert read_marks("''Go,'' he said, '''Tis done.''") == '"Go," he said, "\'Tis done."'
    assert read_marks("''We will,'' she said.") == '"We will," she said.'
