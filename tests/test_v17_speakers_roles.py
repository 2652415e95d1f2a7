"""A body or place, then role words, then the person (version 17, found on PolNeAR): the
person speaks, not the body that qualifies their role. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers
from newstui.extract.quotes import find_quotes


def test_inverted_subject_a_body_and_a_hyphenated_role_before_the_person() -> None:
    assert _speakers(["“We want to use the new studio as soon as we can,” said Harbour Radio co-host Lee Mott."]) == [
        "Lee Mott"
    ]


def test_inverted_subject_a_unit_and_an_ordinal_rank_before_the_person() -> None:
    assert _speakers(["“I was hoping for more than this from both of them,” said Coast Guard 1st Lt. Dana Cole."]) == [
        "Dana Cole"
    ]


def test_inverted_subject_a_committee_a_role_and_a_party_word_before_the_person() -> None:
    assert _speakers(
        ["“They are frustrated with the decision and it shows,” said Oversight ranking Democrat Sam Pike."]
    ) == ["Sam Pike"]


def test_subject_after_the_quote_with_an_ordinal_rank() -> None:
    assert _speakers(["“I was hoping for more than this from both of them,” Coast Guard 1st Lt. Dana Cole said."]) == [
        "Dana Cole"
    ]


def test_subject_after_the_quote_former_employer_and_occupation() -> None:
    assert _speakers(
        ["“These are the hardest days for all of us in the valley,” former Brandt Mills speechwriter Noa Reed wrote."]
    ) == ["Noa Reed"]


def test_according_to_a_body_and_a_hyphenated_role() -> None:
    assert _speakers(["According to Harbour Radio co-host Lee Mott, “the studio will open again in the spring.”"]) == [
        "Lee Mott"
    ]


def test_a_body_that_speaks_is_still_the_body() -> None:
    # No person after the body: the body speaks ("said Acme in a statement").
    assert _speakers(["“We regret the delay and will refund every ticket,” said Harbour Ferries in a statement."]) == [
        "Harbour Ferries"
    ]


def test_a_relative_clause_after_an_unnamed_source_is_no_role_phrase() -> None:
    # "one source who identified Reed": the words before Reed are a clause, not a role;
    # the unnamed source speaks.
    paragraphs = [
        "“I can only tell you that the account sent many of the emails,” said one source who identified Reed"
        " but asked not to be named."
    ]
    assert _speakers(paragraphs) == [None]


def test_others_opening_a_sentence_names_nobody() -> None:
    paragraphs = ["Some protesters chanted for an hour. Others, angry at the delay, shouted, “Stop the cover-up now!”"]
    assert _speakers(paragraphs) == [None]


def test_others_keep_their_short_shout_as_a_quote() -> None:
    paragraphs = ["Some protesters chanted for an hour. Others, angry at the delay, shouted, “Stop the cover-up!”"]
    assert [(q.speaker, q.text) for q in find_quotes(paragraphs)] == [(None, "Stop the cover-up!")]
