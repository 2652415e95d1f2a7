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


# Texts that say words of nobody named: an editorial, a footnote, an advert with a number
# in its name, signs carried by a crowd. The person the story is about does not say them.
_RUNWAY = [
    "Councillor Ruth Okafor has fought the new runway for a decade.",
    "“We will keep going,” Okafor said on Monday.",
]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Nobody on this council has shown less courage than Okafor,” reads a Sunday editorial in The Harbour Star.",
        "Okafor cited a study. A footnote in the study makes that plain: “Night flights were not measured at all.”",
        "The 30 second ad ends with a narrator saying: “Can you trust a council that never listens to you?”",
        "But that morning, an angry army of dock workers and retirees had gathered at the gates, calling for Okafor's"
        " resignation and carrying signs saying, “Fly by night, vote her out.”",
    ],
)
def test_words_a_text_says_are_nobodys_named(paragraph: str) -> None:
    assert speakers([*_RUNWAY, paragraph])[1:] == [None]


def test_a_person_saying_is_still_that_person() -> None:
    assert speakers([*_RUNWAY, "Okafor answered her critics by saying, “We will win this in court.”"])[1:] == [
        "Ruth Okafor"
    ]
