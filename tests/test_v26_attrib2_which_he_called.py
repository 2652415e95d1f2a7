"""Version 26: "which he described as “…”", "what she called a “…”": the words a he/she
is said to have called something are that person's, whatever the sentence's subject,
as after a name ("what Cole called “…”"). Before, such a quote had no speaker. Invented
text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Her rival, Carl Benning, spoke later. He would pay for the repairs through “new bonds,” which he "
            "described as “a fair way to share the cost of the town.”",
            "Carl Benning",
        ),
        (
            "During an interview with Harbour Radio reporter Ida Marsh, Mara Quill, the miner known as “the Mole,” "
            "stated that she had walked the old "
            "tunnels, which she described as “like a honeycomb under the whole town.”",
            "Mara Quill",
        ),
    ],
)
def test_which_pronoun_described_as(paragraph: str, speaker: str) -> None:
    quotes = find_quotes(["“We will win this town back,” Ann Voss said at the grange on Monday night.", paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes if q.paragraph == 1][-1] == (1, speaker)
