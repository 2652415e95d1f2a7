"""Version 20: a person the story introduces right before a quote, with an apposition that
says who they are ("the local MP, David Marsh, who …", "David Marsh, 52, a welder …"), is
the he/she of that quote, even when the introduction names them after a preposition ("was
welcomed by …", "For David Marsh, 52, …") or inside a sentence about something else
("Among them was …"). The speaker quoted before is no longer who the story goes on with.
A person only mentioned, with nothing said of who they are, still is not. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_CHIEF = "“We will not close the plant,” said Paul Holt, the company’s chief executive."


@pytest.mark.parametrize(
    "introduction",
    [
        # a passive's agent, with a role before the name (UK local news)
        "The decision was welcomed by the local MP, David Marsh, who had campaigned to save the jobs.",
        # an inverted copula after a sentence about a group
        "Workers were relieved. Among them was David Marsh, 52, a welder who has worked there for thirty years.",
        # a topic phrase opening the sentence
        "For David Marsh, 52, a welder at the plant for thirty years, the news came as a relief.",
    ],
)
def test_a_person_introduced_before_the_quote_takes_the_pronoun(introduction: str) -> None:
    assert speakers([_CHIEF, introduction, "“I was sure we were finished,” he said."]) == ["Paul Holt", "David Marsh"]


def test_an_introduced_person_of_the_other_gender_does_not() -> None:
    assert speakers(
        [
            _CHIEF,
            "The decision was welcomed by the local MP, Sarah Marsh, who had campaigned to save the jobs.",
            "“We kept every job we could,” he said.",
        ]
    ) == ["Paul Holt", "Paul Holt"]


def test_a_person_only_mentioned_still_does_not() -> None:
    # nothing says who Sam Poe is: a name inside a sentence about something else
    assert speakers(
        [
            "“We will rebuild by the spring,” Tom Hale said.",
            "The storm flattened the barn that Sam Poe built.",
            "“Nobody will be left without a roof,” he said.",
        ]
    ) == ["Tom Hale", "Tom Hale"]


def test_a_person_named_before_is_not_introduced_again() -> None:
    # court report: the defendant, named earlier, reappears with an age after "against"
    assert speakers(
        [
            "Mark Doyle, 41, is accused of fraud.",
            "“He knew exactly what he was doing,” prosecutor John Price told the jury.",
            "The case against Mark Doyle, 41, rests on emails from 2019.",
            "“Every one of them was written by the defendant,” he said.",
        ]
    ) == ["John Price", "John Price"]


def test_an_introduction_opening_a_later_sentence_of_its_paragraph() -> None:
    # wire: the topic phrase opens the paragraph's second sentence
    assert speakers(
        [
            _CHIEF,
            "The union had feared the worst. For David Marsh, 52, a welder at the plant for thirty years, "
            "the news came as a relief.",
            "“I was sure we were finished,” he said.",
        ]
    ) == ["Paul Holt", "David Marsh"]


def test_the_object_of_an_active_verb_is_acted_on_not_introduced() -> None:
    assert speakers(
        [
            "“We never planned to grow,” Ana Cruz said.",
            "Last spring the bakery hired Lena Marsh, a pastry chef from Lyon.",
            "“Now we bake for three cafes,” she said.",
        ]
    ) == ["Ana Cruz", "Ana Cruz"]
