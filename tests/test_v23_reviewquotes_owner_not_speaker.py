"""Review of v23's possessive owner of words (`_owner_of_words`): a sentence opening on
a person's words gives a quote to that person only when the words' own verb reports
it. When somebody else acts on the words (a passive's agent: "were mocked by Villet
as “…”"; a relative clause: "critics who call her plan “…”", "which the union leader
described as “…”"; a new clause: "came after the union leader told reporters “…”") the
quote is not the owner's. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

INTRO = "Dana Prell ran against Omar Villet for the harbour council in 2019."
EARLIER = "“The ferry must run all winter,” said Tom Reed, who skippers the night boat."


def _last_speaker(text: str) -> str | None:
    """The speaker of the quote in `text` (None when it is no quote: a term named)."""
    quotes = find_quotes([INTRO, EARLIER, text])
    return quotes[-1].speaker if quotes[-1].paragraph == 2 else None


@pytest.mark.parametrize(
    "text",
    [
        "Prell’s comments were mocked by Villet as “the words of someone who never ran a boat.”",
        "Prell’s remarks were quickly denounced by the union leader as “a slap in the face to every worker.”",
        "Prell's answer to critics who call her plan “a giveaway to the rich developers in town” is simple.",
        "Prell’s statement, which the union leader described as “a cynical ploy to win votes,” fell flat.",
        "Prell’s speech was interrupted by protesters shouting “Shame on you, shame on the whole council!”",
    ],
)
def test_words_another_acts_on_are_not_the_owners(text: str) -> None:
    assert _last_speaker(text) != "Dana Prell"


def test_the_owners_own_verb_still_gives_the_quote() -> None:
    text = "Prell’s fundraising email to her supporters notes that Villet “is a friend of the developers.”"
    assert find_quotes([INTRO, EARLIER, text])[-1].speaker == "Dana Prell"
