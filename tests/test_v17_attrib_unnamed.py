"""An indefinite source whose name only qualifies a role several words on (version 17,
found on PolNeAR): "said a former U.S. law enforcement official who …" names nobody;
the name is the official's country or body, not the speaker. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_name_then_two_lower_words_then_the_role() -> None:
    assert _speakers(
        ["“They were handled far too lightly,” said a former Harbour City fire safety official who saw the files."]
    ) == [None]


def test_name_then_a_member_of_the_named_body() -> None:
    assert _speakers(
        ["“If I was a donor, I would want answers,” said a senior Harbour Bakers Association member who backs Voss."]
    ) == [None]


def test_name_after_an_indefinite_adjective_still_speaks() -> None:
    assert _speakers(["“If I was a donor, I would want answers now,” said a sceptical Jo Marsh, who backs Voss."]) == [
        "Jo Marsh"
    ]


def test_a_role_word_a_name_then_lower_words_that_are_no_role() -> None:
    assert _speakers(["“We will be back next year for more,” said a smiling Jo Marsh after the game ended."]) == [
        "Jo Marsh"
    ]
