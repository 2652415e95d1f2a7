"""A person's own text speaks their words (version 18, found on PolNeAR): "Cole’s statement
said", "Cole’s fundraising email notes", "Her campaign plan promises", "her Twitter
account posted:". A possessive name or his/her before a text noun, as the subject of a
speech verb, names the owner. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."
_COLE = "Dana Cole, the harbour chief, spoke on Monday."


def _last_speaker(paragraph: str) -> str | None:
    quotes = find_quotes([_EARLIER, _COLE, paragraph])
    assert len(quotes) == 2, quotes
    return quotes[-1].speaker


def test_a_named_persons_statement_said() -> None:
    assert _last_speaker("Cole’s statement said the plan “would ruin the harbour for a generation of fishermen.”") == (
        "Dana Cole"
    )


def test_a_named_persons_email_with_an_adjective_notes() -> None:
    assert _last_speaker("Cole’s fundraising email notes that the ferry “is the best thing the harbour has had.”") == (
        "Dana Cole"
    )


def test_her_plan_promises() -> None:
    assert _last_speaker("Her campaign plan promises to “lift up the number of people in the harbour workforce.”") == (
        "Dana Cole"
    )


def test_her_account_posted_with_a_colon() -> None:
    assert _last_speaker(
        "The next day, her Twitter account posted: “Shop the look from the harbour speech today.”"
    ) == ("Dana Cole")


def test_a_persons_publicist_still_names_nobody() -> None:
    assert _last_speaker("Cole’s publicist said the chief “is resting at home and will be back next week.”") is None


def test_a_text_before_a_participle_is_no_subject() -> None:
    assert (
        _last_speaker(
            "Cole said Reed’s tweet saying the ferry was late meant that “if people want a ferry, they should"
            " vote for the harbour plan.”"
        )
        == "Dana Cole"
    )
