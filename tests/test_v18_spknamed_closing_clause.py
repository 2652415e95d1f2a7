"""A reporting clause closing the sentence names the speaker of a quote earlier in it (version
18, found on PolNeAR): '“…” would be the answer, candidate Dana Cole said after the vote.' The
quote's own sentence goes on, then a comma, role words, the name and a speech verb end it.
Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."


def _last_speaker(paragraph: str) -> str | None:
    quotes = find_quotes([_EARLIER, paragraph])
    assert len(quotes) == 2, quotes
    return quotes[-1].speaker


def test_a_quote_as_subject_then_the_name_and_verb_close_the_sentence() -> None:
    assert (
        _last_speaker(
            "“Boats on the open water” would be the right answer, council candidate Dana Cole said after the vote."
        )
        == "Dana Cole"
    )


def test_a_quote_then_its_clause_then_a_role_name_and_wrote() -> None:
    assert (
        _last_speaker(
            "“If the board wants more papers, it intends to look at them all” before the hearing, senior counsel"
            " Dana Cole wrote in a filing."
        )
        == "Dana Cole"
    )


def test_a_name_and_verb_with_a_reported_clause_after_it_do_not_attribute() -> None:
    # "Dana Cole said she …" reports Cole's own clause: the quote before it is not hers.
    assert (
        _last_speaker(
            "“Boats on the open water” was the slogan of the campaign, and council candidate Dana Cole said"
            " she liked it."
        )
        != "Dana Cole"
    )
