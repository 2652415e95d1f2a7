"""Review of v26 (speakers): counts and spans of time opening a sentence ("Minutes after
the vote,", "Ten days later,") are no names, but inside a sentence a capitalised count
before another capitalised word opens a name ("“…,” Seven Rivers Mill said"): v26 cut
it to "Rivers Mill". Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.names import Registry, scan
from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The mill will open again in the spring,” Seven Rivers Mill said in a statement.", "Seven Rivers Mill"),
        ("“We will play the harbour stage in June,” Twenty Lanterns said on Monday.", "Twenty Lanterns"),
    ],
)
def test_count_inside_a_sentence_opens_a_name(paragraph: str, speaker: str) -> None:
    quotes = find_quotes(["The harbour trust met on Monday.", paragraph])
    assert [q.speaker for q in quotes] == [speaker]


def test_count_opening_a_sentence_is_still_no_name() -> None:
    text = "The boats left. Ten Days later, Dana Price came back."
    names = [m.entity.name for m in scan(text, Registry(), set(), {0, text.index("Ten")})]
    assert names == ["Dana Price"]
