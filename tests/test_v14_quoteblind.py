"""Speakers in patterns of news prose that an outside set of hand-written articles showed
the quote finder missing: naming customs (a Korean hyphenated given name, a family name
first, the first of two Spanish surnames, a double given name), a headline's short name
for somebody the story names in full, a wire dateline with a date, words like "Everyone"
opening a sentence, and the profile rule (a he/she goes to the person a feature is about)
kept from people only in reach as an owner. All text is invented for these tests."""

from __future__ import annotations

import pytest

from extract_helpers import speakers
from newstui.extract.names import Registry

# -- naming customs ---------------------------------------------------------------------


@pytest.mark.parametrize("given", ["Hyun-woo", "Ji-hoon", "Seo-yeon"])
def test_korean_hyphenated_given_name_is_part_of_the_name(given: str) -> None:
    paragraphs = [
        f"The county's parks director, {given} Baek, told the board that the new pier could open in June.",
        "“If the permit slips, the whole summer slips with it,” Baek said.",
    ]
    assert speakers(paragraphs) == [f"{given} Baek"]


def test_hyphenated_description_before_a_name_is_still_dropped() -> None:
    paragraphs = ["“We will sail on Sunday whatever the weather does,” said Mother-of-three Tessa Marlow."]
    assert speakers(paragraphs) == ["Tessa Marlow"]


def test_headline_family_name_first_takes_the_full_name() -> None:
    paragraphs = [
        "Liu Mingxia beat the defending champion in straight sets on Friday to reach her first final.",
        "“I only thought about the next point, never the scoreboard,” Liu said after the match.",
    ]
    assert speakers(paragraphs, headline="Liu stuns defending champion to reach Geneva final") == ["Liu Mingxia"]


def test_headline_first_of_two_surnames_takes_the_full_name() -> None:
    paragraphs = [
        'Tobias Brandt and Rafael "El Lobo" Ortega Delgado shoved each other at the weigh-in on Thursday.',
        "Ortega, the challenger, spoke through an interpreter. “He will not see the fourth round,” he said.",
        "“Ask him again on Sunday night,” Ortega said.",
    ]
    headline = "Brandt and Ortega trade insults at weigh-in before title bout"
    assert speakers(paragraphs, headline=headline) == ["Rafael Ortega Delgado", "Rafael Ortega Delgado"]


def test_headline_double_surname_takes_the_full_name() -> None:
    paragraphs = [
        "PARIS — A qualifier beat Sofía Castro Molina 6-3, 6-4 on Tuesday in the second round.",
        "Castro Molina said her wrist had been sore all week. “She played better, that is all,” she said.",
        "“I will be back next spring,” Castro Molina said.",
    ]
    headline = "Qualifier knocks out Castro Molina in Paris"
    assert speakers(paragraphs, headline=headline) == ["Sofía Castro Molina", "Sofía Castro Molina"]


def test_double_given_name_names_the_person() -> None:
    paragraphs = [
        "“The river rose two metres overnight,” said Ana Lucía Torres Vega, 40, who runs the ferry.",
        "The council has promised a new landing stage by autumn.",
        "“I will believe it when I can stand on it,” Ana Lucía said.",
    ]
    assert speakers(paragraphs) == ["Ana Lucía Torres Vega", "Ana Lucía Torres Vega"]


def test_body_bare_given_name_is_not_a_later_full_name() -> None:
    """Only a headline's short name joins a later full name: in the body, a bare "Charles"
    before "Charles Walker" is somebody else (a king, a first-name source)."""
    paragraphs = [
        "Charles spoke of the trust's early years at the reception on Monday.",
        "Charles Walker, the trust's treasurer, said the accounts were in good order.",
        "“We have never been in better shape,” Walker said.",
    ]
    assert speakers(paragraphs) == ["Charles Walker"]
    registry = Registry()
    charles = registry.add(["Charles"], "person")
    walker = registry.add(["Charles", "Walker"], "person")
    assert charles is not walker


def test_registry_joins_headline_name_parts_only() -> None:
    registry = Registry()
    chen = registry.add(["Chen"], "unknown")
    registry.headline.add(id(chen))
    assert registry.add(["Chen", "Yuxin"], "person") is chen
    assert chen.name == "Chen Yuxin"
    # A body's first word ("Strava" … "Strava Community Hub") is not a family name.
    strava = registry.add(["Strava"], "unknown")
    registry.headline.add(id(strava))
    assert registry.add(["Strava", "Community", "Hub"], "person") is not strava


# -- datelines and pronoun-like words -----------------------------------------------------


def test_wire_dateline_with_a_date_and_plain_hyphen_is_no_speaker() -> None:
    paragraphs = [
        "OSLO, March 14 (AFP) - Norway on Thursday recalled its envoy over a fishing quota that the "
        "fisheries ministry said had been cut «to a level no coastal town can live with»."
    ]
    assert speakers(paragraphs) == [None]


def test_everyone_opening_a_sentence_is_no_name() -> None:
    """ "Everyone", "Nobody" open sentences as subjects; they never name a speaker."""
    paragraphs = [
        "Nobody at the club remembers who kicked the ball into the river. Everyone remembers what came after.",
        "“We had no other ball, and I thought that was the end of the game for us,” he said.",
    ]
    assert speakers(paragraphs) == [None]


# -- the profile rule ---------------------------------------------------------------------


def test_profile_subject_in_reach_only_as_an_owner_does_not_take_the_she() -> None:
    paragraphs = [
        "“The mountain decides when you go out, not you,” said Marta Ibarra Soler, 55, who leads the team.",
        "“Nobody signs up for the money, because there is none,” Ibarra said.",
        "“Most call-outs come after dark,” Ibarra said. “Most walkers are fine by morning.”",
        "“Somebody always brings soup afterwards,” Ibarra said.",
        "It was Nerea Ibarra Goñi, 23 — Marta Ibarra Soler’s niece and the youngest volunteer — who saw it. "
        "“I thought it was a car on the road,” she said.",
    ]
    assert speakers(paragraphs)[-1] == "Nerea Ibarra Goñi"


def test_two_people_in_a_headline_make_no_profile() -> None:
    """With two people in the headline and one quoted most, the subject of the sentence just
    before a quote keeps its "he said" (the main speaker does not take it)."""
    paragraphs = [
        'Tobias Brandt and Rafael "El Lobo" Ortega Delgado shoved each other at the weigh-in on Thursday.',
        "“He is slow and he is old,” Ortega said. “Sunday will show it.”",
        "“I have waited two years for this,” Ortega said. “Two years.”",
        "The pair were pulled apart by security. Promoter Vincent Lacombe took the microphone. "
        "“Keep it for the ring, gentlemen,” he said.",
    ]
    headline = "Brandt and Ortega trade insults at weigh-in before title bout"
    assert speakers(paragraphs, headline=headline)[-1] == "Vincent Lacombe"


def test_headline_short_name_does_not_join_a_dish_or_a_described_name() -> None:
    """A later "Mezcal Soup" (its second word a common word of the article) is no full name
    of a headline's "Mezcal"; "Landsmann Liam Williams" (no given name before the headline's
    "Liam Williams") is no new person."""
    registry = Registry()
    registry.common = frozenset({"soup", "mezcal"})
    mezcal = registry.add(["Mezcal"], "unknown")
    registry.headline.add(id(mezcal))
    assert registry.add(["Mezcal", "Soup"], "person") is not mezcal
    registry = Registry()
    williams = registry.add(["Liam", "Williams"], "person")
    registry.headline.add(id(williams))
    assert registry.add(["Landsmann", "Liam", "Williams"], "person") is not williams


# -- who a he/she is after a question put to them -----------------------------------------


@pytest.mark.parametrize(
    "opening", ["Asked whether Okafor was ready for a recall", "Pressed on whether Okafor could open"]
)
def test_person_asked_about_is_not_the_one_answering(opening: str) -> None:
    paragraphs = [
        "Tunde Okafor struck an unbeaten 118 for Lancaster on the opening day.",
        "“I just tried to stay there until tea,” Okafor said.",
        "Lancaster's head coach, Dale Pruitt, admitted he had been nervous at lunch.",
        f"{opening}, he replied: “Let us not get ahead of ourselves. He has had one good day.”",
    ]
    assert speakers(paragraphs) == ["Tunde Okafor", "Dale Pruitt"]


# -- names and bodies ---------------------------------------------------------------------


def test_platform_x_before_a_name_is_no_initial() -> None:
    paragraphs = [
        "“They sold my number to everybody,” one user posted on X. Ruth Kiprono, a tailor in Eldoret, "
        "said she would keep the app. “They all leak. At least this one said so,” she said."
    ]
    assert speakers(paragraphs) == [None, "Ruth Kiprono"]


def test_company_called_by_its_first_word() -> None:
    paragraphs = [
        "Workers at the plant owned by Harrowgate Precision Systems walked out on Monday.",
        "Harrowgate said in a statement that its offer was “fair and in line with the regional market.”",
    ]
    assert speakers(paragraphs) == ["Harrowgate Precision Systems"]


def test_generic_first_word_of_a_body_is_not_its_name() -> None:
    registry = Registry()
    registry.add(["National", "Grid", "Holdings"], "org")
    assert registry.lookup("National") is None


def test_the_judge_is_a_justice() -> None:
    paragraphs = [
        "Mrs Justice Helen Marlow-Price found that the posts were defamatory.",
        "Owen Tasker, 61, a retired teacher, had argued that the posts were fair comment.",
        "“The defendant was free to criticise the claimant, even harshly,” the judge said in her ruling.",
    ]
    assert speakers(paragraphs) == ["Helen Marlow-Price"]


def test_person_of_a_court_in_a_place_speaks() -> None:
    paragraphs = [
        "Judge Marta Ilves of Federal District Court in Brooklyn said that the defendant had shown "
        "“a complete disregard for the people he robbed.”"
    ]
    assert speakers(paragraphs) == ["Marta Ilves"]


def test_named_lead_author_and_colleagues_speak() -> None:
    paragraphs = [
        "The study was led by Ines Calvo Ruiz, a glaciologist at the University of Tromsø.",
        "Calvo and her colleagues wrote that the lakes “are not, on their own, large enough to break the shelf.”",
    ]
    assert speakers(paragraphs) == ["Ines Calvo Ruiz"]


# -- what is no speech --------------------------------------------------------------------


def test_reflected_with_an_object_is_no_speech_verb() -> None:
    paragraphs = [
        "Last spring the landlord, Brightwater Holdings, raised the rent by 38 percent. In a letter to "
        "tenants, the company said the increase reflected “market conditions across the district.”"
    ]
    assert speakers(paragraphs) == ["Brightwater Holdings"]


def test_participle_after_a_semicolon_shares_its_own_clause_subject() -> None:
    paragraphs = [
        "Eastfield lodged a complaint with the Northmoor Rugby Union, arguing the ball was too small; the "
        "union rejected it, saying in a letter that it had found “no evidence that the ball gave any advantage.”"
    ]
    assert speakers(paragraphs) == ["Northmoor Rugby Union"]


def test_it_reads_gives_the_quote_to_the_text() -> None:
    paragraphs = [
        "“We go out in any weather,” said Marta Ibarra Soler, who leads the team.",
        "The rescued hikers later sent a letter. Ibarra keeps it pinned above the radio. "
        "It reads, in part: “We never knew your names. Now we will never forget them.”",
    ]
    assert speakers(paragraphs) == ["Marta Ibarra Soler", None]


def test_question_put_by_an_unnamed_reporter_is_nobodys_named() -> None:
    paragraphs = [
        "Liu Mingxia beat the top seed on Tuesday.",
        "In her news conference, Liu was asked by a reporter: “Did you think you could win the title?”",
        "“Before the match? No,” she said.",
    ]
    assert speakers(paragraphs) == [None, "Liu Mingxia"]


# -- names a person goes by, and which of a family ------------------------------------------


def test_name_given_in_a_dashed_aside_names_the_person() -> None:
    paragraphs = [
        "This is Joaquim Barbosa dos Reis — Mestre Quinho to everyone in the school — who leads the drummers.",
        "“If one drum is late, the judges hear it,” he said.",
        "By January, Mestre Quinho said, the drummers will practise three nights a week. “They will dream in rhythm,” "
        "he said.",
    ]
    assert speakers(paragraphs) == ["Joaquim Barbosa dos Reis", "Joaquim Barbosa dos Reis"]


def test_name_after_calls_her_names_the_person() -> None:
    paragraphs = [
        "“Carnival is the whole year,” said Ana Paula Siqueira, 70, who sews the costumes.",
        "Everyone calls her Dona Paulinha. She oversees a thousand costumes.",
        "Dona Paulinha says she will retire after this carnival. “This time I mean it,” she said.",
    ]
    assert speakers(paragraphs) == ["Ana Paula Siqueira", "Ana Paula Siqueira"]


@pytest.mark.parametrize(("which", "speaker"), [("elder", "Arjun Menon"), ("younger", "Kavya Menon")])
def test_the_elder_or_younger_of_a_family(which: str, speaker: str) -> None:
    paragraphs = [
        "The first time Kavya Menon sat in a cockpit she was four years old.",
        "Her father, Arjun Menon, flew for a domestic carrier for 34 years.",
        f"“The hours are terrible and you miss every birthday,” the {which} Menon said.",
    ]
    assert speakers(paragraphs) == [speaker]


# -- attribution right after the quote ------------------------------------------------------


def test_body_word_before_a_title_after_the_quote() -> None:
    paragraphs = [
        "Darren Pike of Elm Hollow was arrested on Wednesday, according to a police news release.",
        '"This was fine work by our patrol officers," Police Chief Nadia Ferro said in the release. '
        '"Those videos made the case."',
    ]
    assert speakers(paragraphs) == ["Nadia Ferro", "Nadia Ferro"]


def test_any_role_noun_after_the_then_the_apposed_name_speaks() -> None:
    paragraphs = [
        '"She painted the bay green because it was green at dawn," said the show\'s curator, Tomás Rey Calvo. '
        '"People called it naive."'
    ]
    assert speakers(paragraphs) == ["Tomás Rey Calvo", "Tomás Rey Calvo"]


# -- features: whose words the opening quote was, and a he/she after an opening phrase -----


def test_feature_reveals_whose_words_it_opened_on() -> None:
    paragraphs = [
        "Nobody at the Kettle Lane Athletic remembers who kicked the ball into the river.",
        "“We had no second ball. We had never had a second ball, and I thought that was the end of it.",
        "“Then a kid on a bike came round the corner with a ball under his arm.”",
        "The kid was the nephew of the goalkeeper, Marek Zielinski, and the man telling the story is "
        "Declan Moore, who has managed the club for 20 years.",
        "Zielinski, the goalkeeper, works nights. “He has a season ticket for life,” he said.",
        "Moore laughed. “Two balls now,” he said. “One for the river.”",
    ]
    assert speakers(paragraphs)[:2] == ["Declan Moore", "Declan Moore"]


def test_name_in_an_opening_prepositional_phrase_is_not_the_she_after_it() -> None:
    paragraphs = [
        "For decades the paintings of Rosalía Ortiz Quispe hung mostly in the houses of friends.",
        "“She painted the bay green because it was green at dawn,” said the curator, Tomás Rey Calvo.",
        "Ortiz, who was born in 1931, taught herself to paint on flour sacks. In a 1972 letter to a friend, "
        "the sculptor Beatriz Lamas, she wrote: “The critics want me to paint boats. I have painted one.”",
    ]
    assert speakers(paragraphs)[-1] == "Rosalía Ortiz Quispe"


def test_i_in_a_prose_qa_turn_is_the_turn_speaker() -> None:
    paragraphs = [
        "Noriko Abe, 52, is a volcanologist in Kagoshima. She spoke to the Herald by phone.",
        "The Herald: What do people ask you most?",
        'Abe: Whether it will erupt this year. And I say, "Nobody knows the year, and anyone who says so is '
        'selling something."',
        "The Herald: And then?",
        'Reader: I say, "That is not an answer at all, and you know it very well."',
    ]
    assert speakers(paragraphs) == ["Noriko Abe", None]
