"""Review of version 19's quote rules: passages where a rule fired on ordinary news text
it was not meant for, and the leftovers its helpers reported. All text is invented for
these tests."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def found(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    """Each quote's text and speaker, in order."""
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


# -- a work's noun after the marks -----------------------------------------------------


def test_a_series_of_people_after_a_quote_is_no_work() -> None:
    # "series" is a work's noun, but "of" carries it on to the people who speak.
    paras = [
        "Officials at the port met on Monday.",
        "“It was a disaster from start to finish for all of us,” a series of witnesses told the inquiry.",
    ]
    assert [text for text, _ in found(paras)] == ["It was a disaster from start to finish for all of us"]


def test_a_newspaper_after_a_quote_opening_its_sentence_is_its_speaker_not_a_work() -> None:
    paras = [
        "The Daily Ledger ran the story on Sunday.",
        "“The minister knew about the payments for months before the vote,” the paper, citing two sources, reported.",
    ]
    assert [text for text, _ in found(paras)] == ["The minister knew about the payments for months before the vote"]


def test_a_title_cased_work_opening_its_sentence_is_still_no_quote() -> None:
    paras = ["“The Boy in the Blue Coat,” her third novel, sold well in the spring."]
    assert found(paras) == []


# -- a plural possessive before a name inside single marks ------------------------------


def test_a_plural_possessive_before_a_name_does_not_close_a_single_quote() -> None:
    paras = [
        "Jo Platt, who has run the pub since 1979, was tearful.",
        "‘We have drunk at the Rovers’ Return every Friday since 1979,’ she said.",
    ]
    assert found(paras) == [("We have drunk at the Rovers’ Return every Friday since 1979", "Jo Platt")]


def test_a_single_quote_closed_before_its_speakers_name_still_closes() -> None:
    paras = ["‘Nobody listens to the farmers’ Jo Dee told the meeting, and left."]
    assert found(paras) == [("Nobody listens to the farmers", "Jo Dee")]


# -- a label before a colon -------------------------------------------------------------


def test_a_kicker_before_a_colon_names_nobody() -> None:
    paras = ["EXCLUSIVE: ‘We were never told the dam was failing and nobody came to help us.’"]
    assert found(paras) == [("We were never told the dam was failing and nobody came to help us.", None)]


def test_people_named_by_a_plural_noun_before_a_colon_are_unnamed() -> None:
    paras = [
        "Mayor Jo Dee visited the valley on Tuesday.",
        "Flood victims: ‘We lost everything in one night and nobody has come to help us.’",
    ]
    assert found(paras) == [("We lost everything in one night and nobody has come to help us.", None)]


def test_a_role_and_name_before_a_colon_still_speak() -> None:
    paras = [
        "Coach Jo Dee: “We lost everything in one night and nobody has come to help us.”",
        "Jones disagreed: “That is not what happened at the meeting at all.”",
    ]
    assert [speaker for _, speaker in found(paras)] == ["Jo Dee", "Jones"]


# -- reporting verbs of a retort ---------------------------------------------------------


def test_a_retort_after_a_quote_names_its_speaker() -> None:
    for verb in ("retaliated", "fired back", "hit back"):
        paras = [
            "Coach Ana Ruiz was furious after the match.",
            f"“The referee ruined the game for everyone here,” Ruiz {verb}.",
        ]
        assert found(paras) == [("The referee ruined the game for everyone here", "Ana Ruiz")], verb


# -- inches after a number inside a quote --------------------------------------------------


def test_a_double_prime_after_a_number_inside_a_quote_is_inches() -> None:
    paras = [
        "“The new 55″ screens sold out in a single day at our shop,” said manager Jo Dee.",
        "“He is 6′ 8″ and still growing, which frightens every defender,” said coach Ana Ruiz.",
    ]
    assert found(paras) == [
        ("The new 55″ screens sold out in a single day at our shop", "Jo Dee"),
        ("He is 6′ 8″ and still growing, which frightens every defender", "Ana Ruiz"),
    ]


def test_two_apostrophes_after_a_number_inside_a_quote_are_inches() -> None:
    paras = [
        "“The new 55'' screens sold out in a single day at our shop,” said manager Jo Dee.",
        "``The 12'' records went first, before noon on Saturday,'' said owner Ana Ruiz.",
    ]
    assert found(paras) == [
        ("The new 55'' screens sold out in a single day at our shop", "Jo Dee"),
        ("The 12'' records went first, before noon on Saturday", "Ana Ruiz"),
    ]


def test_two_apostrophes_after_a_number_close_a_quote_they_end() -> None:
    paras = ["``We will sell every one of the last 300'' the owner, Ana Ruiz, said on Monday."]
    assert [text for text, _ in found(paras)] == ["We will sell every one of the last 300"]


def test_a_definite_description_before_a_colon_is_still_looked_for() -> None:
    paras = [
        "Ana Ruiz, the health minister, visited the ward on Monday.",
        "The minister: “We will act on every single finding of this report.”",
    ]
    assert [speaker for _, speaker in found(paras)] == ["Ana Ruiz"]


def test_a_relative_before_a_colon_is_not_the_person_named_before() -> None:
    paras = [
        "Ana Ruiz, 9, was pulled from the water on Monday.",
        "Her mother: “We will never forget what the crews did for us.”",
    ]
    assert found(paras) == [("We will never forget what the crews did for us.", None)]


# -- two apostrophes that open no quote -----------------------------------------------------


def test_a_nested_and_an_outer_straight_single_quote_closing_together_stay_apostrophes() -> None:
    paras = [
        "Jo Dee was shaken. 'He looked at me and told me, 'Go home and never come back,'' she said.",
        "'It was awful,' she added.",
    ]
    assert found(paras) == [
        ("He looked at me and told me, 'Go home and never come back,'", "Jo Dee"),
        ("It was awful", "Jo Dee"),
    ]


def test_two_apostrophes_after_a_number_close_a_quote_before_a_new_one_opens() -> None:
    paras = [
        "``This week alone we have sold more than 300'' the owner, Ana Ruiz, said, and ``we will sell "
        "more before the summer is out,'' she added."
    ]
    assert [text for text, _ in found(paras)] == [
        "This week alone we have sold more than 300",
        "we will sell more before the summer is out",
    ]


# -- "by" and a deadline after a quote opening its sentence ---------------------------------


def test_by_and_a_day_after_a_quote_is_a_deadline_not_an_author() -> None:
    paras = [
        "Storm Ada cut power to 40,000 homes on Tuesday.",
        "“The lights will be back on for every single home,” by Friday, the utility promised.",
        "“Every soldier will be home with their family,” by Christmas, President Jo Dee vowed.",
    ]
    assert [text for text, _ in found(paras)] == [
        "The lights will be back on for every single home",
        "Every soldier will be home with their family",
    ]


# -- an unclosed quote and a mark inside its own words --------------------------------------


def test_an_unclosed_quote_is_not_cut_at_a_said_before_a_scare_quote_inside_it() -> None:
    paras = [
        "Jo Dee spoke after the vote.",
        "“We asked them for help, they said no, and then they called it “a lesson” in front of everyone.",
    ]
    assert [text for text, _ in found(paras)][0].startswith("We asked them for help, they said no, and then")


def test_an_unclosed_quote_ends_at_its_attribution_before_a_new_quote() -> None:
    paras = ["“The harbour is dying, Leroy Mott said. “Now it has a chance at last.”"]
    assert [text for text, _ in found(paras)] == ["The harbour is dying", "Now it has a chance at last."]
