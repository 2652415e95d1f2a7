"""A long characterisation inside its sentence is a remark only when it opens as one
(version 25, the spans review).

`_CHARACTERISED_INSIDE` made five words or more after "called", "calling it", "describe
… as" a quote though the sentence goes on. Those words may instead be the name the
object goes by: a slogan ('calling it “one town, one fare, one ticket” in its
leaflets'), a group's or a plan's name ('which members called “parents for a safer
school run”', 'what she calls the “clean streets for every child” plan'), a title set in
sentence case. A remark put on the object opens with an article or determiner (“a
death sentence for …”, “the deal …”) or a degree word (“far too costly …”);
`_CHARACTERISATION_OPENS`. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "The union launched its campaign in May, calling it “one town, one fare, one ticket” in its leaflets.",
        "The group, which members called “parents for a safer school run”, met on Monday.",
        "The mayor unveiled what she calls the “clean streets for every child” plan on Monday.",
        "The network called its new show “The late late hour with Dee” in its adverts.",
        # Title Case after "called": a name (so before this review too).
        "Tonight the network airs a show called “The Late Late Hour With Dee” for the first time.",
        "The council backed a plan called “Fair Fares for All Riders Now” on Tuesday.",
    ],
)
def test_a_name_given_inside_the_sentence_stays_a_term(paragraph: str) -> None:
    assert find_quotes([paragraph]) == []


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        (
            "Residents called the bypass “far too costly for a town this size” at the hearing.",
            "far too costly for a town this size",
        ),
        (
            "Dock workers called the new rota “a slap in the face” on Friday.",
            "a slap in the face",
        ),
        (
            "Growers describe the frost as “the worst any of us remember” in their letter.",
            "the worst any of us remember",
        ),
    ],
)
def test_a_remark_put_on_the_object_inside_the_sentence_is_a_quote(paragraph: str, words: str) -> None:
    assert [q.text for q in find_quotes([paragraph])] == [words]
