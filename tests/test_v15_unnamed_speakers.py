"""Quotes whose speaker the finder used to leave unnamed (or misname) though the article
says who: a body's name followed by a date ("The Harbour Authority on Monday said"), "the
defendant" of a court report, "the company" after a brand the name scan cannot type, a
partial quote after "reported that", and "it" after a post's platform. Invented text."""

from __future__ import annotations

from extract_helpers import speakers_and_texts as _speakers
from newstui.extract.quotes import find_quotes


def test_a_date_after_a_body_name_is_not_part_of_it() -> None:
    # "Committee on Finance" goes on over "on"; "Brightwell Foods on Tuesday" does not.
    got = _speakers(
        ["Brightwell Foods on Tuesday confirmed the recall, calling it “a precaution we take very seriously.”"]
    )
    assert got == [("Brightwell Foods", "a precaution we take very seriously.")]
    got = _speakers(
        ["Brightwell Foods on March 3 confirmed the recall, calling it “a precaution we take very seriously.”"]
    )
    assert got == [("Brightwell Foods", "a precaution we take very seriously.")]
    got = _speakers(["The Senate Committee on Finance said the plan was “a waste of public money,” and moved on."])
    assert got == [("Senate Committee on Finance", "a waste of public money")]


def test_the_defendant_is_the_person_on_trial_not_the_nearest_person() -> None:
    paragraphs = [
        "Owen Thackeray, 41, of Dunmore, denies defrauding the charity of £60,000.",
        "Opening the case on Monday, the prosecutor, Priya Lennox, told jurors the money went on holidays.",
        "Ms Lennox said the defendant had later told a colleague that he ‘only borrowed what I was owed’.",
    ]
    assert _speakers(paragraphs) == [("Owen Thackeray", "only borrowed what I was owed")]
    paragraphs = [
        "Marta Ilves, who has pleaded not guilty to arson, sat in the dock as the trial opened.",
        "A neighbour, Colin Beck, said he saw smoke before midnight.",
        "“I was asleep the whole night,” the accused told police in an interview read to the court.",
    ]
    assert _speakers(paragraphs)[-1] == ("Marta Ilves", "I was asleep the whole night")


def test_the_defendant_with_nobody_shown_on_trial_is_nobody_named() -> None:
    paragraphs = ["Colin Beck told the court he saw smoke.", "“It was red,” the defendant said."]
    assert _speakers(paragraphs) == [(None, "It was red")]


def test_the_company_is_the_brand_opening_the_sentence_before() -> None:
    paragraphs = [
        "Runners logged 40 million trips on Apple Fitness last year, the app maker said.",
        "Few apps, Veltrix among them, share how many of their members are active.",
        "Veltrix wouldn’t confirm how many of its members log a run each week. But the company "
        "previously reported that women are “23% less likely than men to run before sunrise.”",
    ]
    assert _speakers(paragraphs)[-1] == ("Veltrix", "23% less likely than men to run before sunrise.")


def test_a_capitalised_common_word_opening_a_sentence_is_no_brand() -> None:
    paragraphs = ["Users of the app did not comment.", "“We are growing fast,” the company said."]
    assert _speakers(paragraphs) == [(None, "We are growing fast")]


def test_reported_that_attributes_a_partial_quote() -> None:
    # "reported that" reports speech: its subject (here "it", the council) speaks the
    # partial quote in the clause after it.
    paragraphs = [
        "Harwick Borough Council published its figures on Friday. But it previously reported that crews "
        "were “emptying bins on time in nine weeks out of ten.”"
    ]
    assert _speakers(paragraphs) == [("Harwick Borough Council", "emptying bins on time in nine weeks out of ten.")]


def test_it_after_a_post_on_a_platform_is_not_the_platform() -> None:
    paragraphs = [
        "This is a photo Mara Quill posted to Facebook last week. It says, “Every morning I walk the "
        "same road and every morning it surprises me.”"
    ]
    assert [q.speaker for q in find_quotes(paragraphs)] != ["Facebook"]
