"""Quote finder, v18: who a he/she heading an attribution refers to. All text is invented
for these tests."""

from __future__ import annotations

from extract_helpers import speakers


def test_a_he_after_as_for_a_name_is_that_person() -> None:
    paras = [
        "“We will win the county by a wide margin,” said Dana Holt.",
        "As for Ray Quint, he said he was not worried. “I expect to carry every ward in the city,” he said.",
    ]
    assert speakers(paras) == ["Dana Holt", "Ray Quint"]


def test_a_she_after_as_for_a_name_stays_with_the_speaker_when_the_name_is_of_the_other_gender() -> None:
    paras = [
        "“We will win the county by a wide margin,” said Dana Holt.",
        "As for Peter Quint, she said he was not a worry. “I expect to carry every ward in the city,” she said.",
    ]
    assert speakers(paras) == ["Dana Holt", "Dana Holt"]


def test_as_for_a_names_possession_does_not_make_the_he_that_name() -> None:
    paras = [
        "“We will win the county by a wide margin,” said Dana Holt.",
        "As for Ray Quint’s attacks, she said, “They will not move a single vote in the city.”",
    ]
    assert speakers(paras) == ["Dana Holt", "Dana Holt"]


def test_a_name_of_unknown_kind_with_a_who_clause_is_a_person_a_she_can_be() -> None:
    paras = [
        "“We will win the county by a wide margin,” said Lena Ward.",
        "Meanwhile Zephyra, who won the top award, spoke about courage. “Nobody can tell you who to be,” she said.",
    ]
    assert speakers(paras) == ["Lena Ward", "Zephyra"]


def test_a_body_of_unknown_kind_with_a_which_clause_takes_no_he() -> None:
    paras = [
        "“We will win the county by a wide margin,” said Dale Ortiz.",
        "Brightmoor, which owns the land, declined to comment. “The vote is still weeks away,” he said.",
    ]
    assert speakers(paras) == ["Dale Ortiz", "Dale Ortiz"]


def test_chief_of_staff_is_a_title_not_part_of_the_name() -> None:
    paras = ["The memo came from Chief of Staff Mara Quill. “We are ready for the launch next week,” she said."]
    assert speakers(paras) == ["Mara Quill"]


def test_a_name_before_a_partial_quote_that_ends_the_sentence_is_not_the_she_after_it() -> None:
    paras = [
        "Ines Parr, a teacher from Dunmore, is among those who will stay home. This was the first race "
        "she had worked on, and she doubts that Carla Webb can fix the schools.",
        "Picking between Carla Webb and Nora Frost is a “choice between two people who never set foot "
        "in our school,” she said.",
    ]
    assert speakers(paras) == ["Ines Parr"]


def test_names_in_a_sentence_whose_subject_is_she_after_an_opening_phrase_are_not_her() -> None:
    paras = [
        "Rosa Meeks, a 2011 graduate, owes about $40,000 in loans. At 31, she still shares a flat with "
        "two cousins, the walls covered with the same Velvet Harbor and Mona Tarrant posters.",
        "“Nobody plans to be here at thirty,” she said.",
    ]
    assert speakers(paras) == ["Rosa Meeks"]


def test_a_name_in_what_a_she_doubts_is_not_the_she_of_the_next_quote() -> None:
    paras = [
        "Ines Parr teaches at the Dunmore school.",
        "This was the first race she had worked on, and she doubts that Carla Webb can fix the schools. "
        "“Nobody in that office has ever visited us,” she said.",
    ]
    assert speakers(paras) == ["Ines Parr"]


def test_a_name_opening_a_sentence_after_a_quote_that_closed_its_own_is_the_next_he() -> None:
    paras = [
        "Judge Omar Fenwick heard the case on Monday.",
        "The defence lawyer, Thomas Crane, argued that his client only joked: the posts were “the "
        "rants of a radio host.” Fenwick read the posts differently. “When a man says he will "
        "shoot, I take him at his word,” he said.",
    ]
    assert speakers(paras)[-1] == "Omar Fenwick"


def test_a_name_after_his_as_an_adjective_is_nobody_a_he_refers_to() -> None:
    paras = [
        "“We are closing the gap every week,” said Ruben Salas.",
        "Lately, he has been stressing his Christian family values more.",
        "“I learned those values at my kitchen table,” he said.",
    ]
    assert speakers(paras) == ["Ruben Salas", "Ruben Salas"]


def test_a_name_in_what_somebody_said_is_not_the_she_of_the_next_quote() -> None:
    paras = [
        "“I have waited twenty years for a candidate like him,” said Stacey Orwell, 31.",
        "Orwell and others said they could not back Mary Frost for the seat. “I will write in his "
        "name if I have to,” she said.",
    ]
    assert speakers(paras) == ["Stacey Orwell", "Stacey Orwell"]


def test_the_subject_of_what_aides_say_is_still_the_she_of_the_next_quote() -> None:
    paras = [
        "“Good teams keep their promises to the people who work for them,” said Selma Voss, a "
        "professor who studies ethics.",
        "Aides say Ivy Dane also advises her father on pay and child care.",
        "“Mothers should be supported at work, not pushed out,” she said at the convention.",
    ]
    assert speakers(paras) == ["Selma Voss", "Ivy Dane"]


def test_a_noun_like_claims_reports_nothing_and_keeps_the_owner_a_referent() -> None:
    paras = [
        "One of the central claims of President Hal Moran’s speech to the convention does not hold up.",
        "He told his audience, to loud applause:",
        "“Nobody has ever been better prepared for this office than my successor.”",
    ]
    assert speakers(paras) == ["Hal Moran"]


def test_it_after_an_outlet_that_reported_is_that_outlet() -> None:
    paras = [
        "The Harbour Post noted that the author Edwin Marsh was seen with the mayor. The Post reported "
        "that Marsh said he was gathering material for a new book. It added, “the visit comes as the "
        "mayor promises new attacks on her rivals at every stop.”"
    ]
    speaker = speakers(paras)[0]
    assert speaker is not None and speaker.endswith("Post")


def test_it_is_never_an_outlet_only_told_something() -> None:
    paras = [
        "Acme told the Harbour Post that its sales fell. It added, “the quarter was the hardest we "
        "have had in a decade of trading.”"
    ]
    assert speakers(paras) == ["Acme"]


def test_names_in_an_opening_past_participle_phrase_are_not_the_he() -> None:
    paras = [
        "Among the volunteers is Wayne Dorsey, a 33-year-old former cook. Dismayed by his memory of "
        "Peter Hale's years in office and inspired by Gil Ortiz's plan, he has signed up full-time. "
        "“I knock on doors every single evening after work,” he said."
    ]
    assert speakers(paras) == ["Wayne Dorsey"]


def test_a_he_after_an_opening_past_participle_phrase_keeps_the_chain() -> None:
    paras = [
        "“We will win this,” said Peter Hale. Wayne Dorsey, a 33-year-old former cook, joined the "
        "campaign. Dismayed by the years of Peter Hale in office, he has signed up full-time. “I knock "
        "on doors every single evening after work,” he said."
    ]
    assert speakers(paras) == ["Peter Hale", "Wayne Dorsey"]
