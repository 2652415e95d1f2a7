"""Version 20: a he/she after a sentence whose person opens a clause of their own ("But as
Mr. Grant toured the market, he …", "…, but Kevin was drifting off") or stands as an example
inside its subject ("Some economists, like Oscar Brandt, a fellow at …, admit …"). That
person is what the sentence is about, no person "merely mentioned": the he/she that follows
is them, not the speaker quoted before. Invented text, several kinds of news."""

from __future__ import annotations

import pytest

from extract_helpers import speakers


def test_the_subject_of_an_opening_as_clause_takes_the_pronoun() -> None:
    # politics: the speaker quoted earlier is not the he
    assert speakers(
        [
            "“We need new ideas in this town,” said Mayor Tom Fisher, a longtime supporter of the plan.",
            "Mr. Grant is relying on his volunteers to carry the vote next week. But Mr. Grant's campaign "
            "has been hurt recently by reports of misleading leaflets.",
            "But as Mr. Grant toured the market on Friday, he stuck firmly to his message. "
            "“I like this town more than the city,” he said.",
        ]
    ) == ["Tom Fisher", "Grant"]


@pytest.mark.parametrize("opener", ["When", "As", "While", "After", "But when", "And as"])
def test_an_opening_clause_subject_in_sports(opener: str) -> None:
    assert speakers(
        [
            "“The lads gave everything today,” said captain Liam Walsh after the draw.",
            "The club’s board met on Monday to discuss the manager’s future.",
            f"{opener} Gareth Price walked out to face the press, he looked tired. "
            "“I will not walk away from this job,” he said.",
        ]
    ) == ["Liam Walsh", "Gareth Price"]


def test_a_name_opening_a_clause_after_but_is_its_subject() -> None:
    # a court report: the clause after "but" has its own subject, the he that follows
    assert speakers(
        [
            "“Are you sure?” his lawyer asked, but Dmitri Volkov was staring at the jury.",
            "“I never touched the money,” he said.",
        ]
    ) == [None, "Dmitri Volkov"]


def test_an_example_inside_the_subject_is_the_next_speaker() -> None:
    # business: "Some defenders of open markets, like Oscar Brandt, …" introduces Brandt
    assert speakers(
        [
            "“It is a matter of small gains and large losses,” said Peter Lang, an economist at the university.",
            "Some defenders of open markets, like Oscar Brandt, a fellow at a research institute in Berlin, "
            "also admit that the government failed the workers who lost jobs.",
            "But the gain from trade is “ten times the size of the losses,” he said.",
        ]
    ) == ["Peter Lang", "Oscar Brandt"]


def test_a_person_merely_mentioned_still_does_not_take_the_pronoun() -> None:
    # the rule this version narrows: a name inside a sentence about something else
    assert speakers(
        [
            "“We will rebuild by the spring,” Tom Hale said.",
            "The storm flattened the barn that Sam Poe built.",
            "“Nobody will be left without a roof,” he said.",
        ]
    ) == ["Tom Hale", "Tom Hale"]
    assert speakers(
        [
            "“Prices will keep rising,” said Peter Lang, an economist at the university.",
            "The shares fell after buyers such as Oscar Brandt sold out.",
            "“It is a matter of confidence,” he said.",
        ]
    ) == ["Peter Lang", "Peter Lang"]


def test_an_example_inside_the_subject_beats_a_profiles_subject() -> None:
    # the article is about Lang (he speaks three times), yet the he after Brandt is Brandt
    assert (
        speakers(
            [
                "Peter Lang has studied the closing of textile mills for a decade.",
                "“The towns never recovered,” Lang said. “Nobody planned for what came after.”",
                "“It is a matter of small gains and large losses,” Lang said.",
                "Some defenders of open markets, like Oscar Brandt, a fellow at a research institute in Berlin, "
                "also admit that the government failed the workers who lost jobs.",
                "But the gain from trade is “ten times the size of the losses,” he said.",
            ],
            headline="Peter Lang on the towns trade left behind",
        )[-1]
        == "Oscar Brandt"
    )
