"""Version 21: named speakers. A department's word before a body's head noun is the
body's name ("the Justice Department", "the Foreign Ministry of Tarsia"), a name
mis-decoded from UTF-8 ("JosÃ©") is read whole, and "Said the coach: “…”" names the
coach introduced before. Each rule with its guard. Invented text."""

from __future__ import annotations

from extract_helpers import speakers


def test_a_title_word_before_a_body_s_head_noun_names_the_department() -> None:
    assert speakers(
        [
            "“Every one of the grain contracts will be examined again,” the Justice Department said on Friday.",
        ]
    ) == ["Justice Department"]


def test_guard_the_same_title_word_before_a_name_is_a_judge_s_title() -> None:
    assert speakers(
        [
            "“Every one of the grain contracts will be examined again,” Justice Orla Fenwick said on Friday.",
        ]
    ) == ["Orla Fenwick"]


def test_a_department_word_before_a_ministry_of_a_country_stays_in_its_name() -> None:
    assert speakers(
        [
            "“The envoy was summoned for an urgent meeting this morning,” the Foreign Ministry of Tarsia said.",
        ]
    ) == ["Foreign Ministry of Tarsia"]


def test_guard_secretary_of_state_before_a_name_is_still_the_person() -> None:
    assert speakers(
        [
            "“The envoy was summoned for an urgent meeting this morning,” Secretary of State Aldo Brenner said.",
        ]
    ) == ["Aldo Brenner"]


def test_a_name_mis_decoded_from_utf8_is_read_whole() -> None:
    assert speakers(
        [
            "“We will rebuild the old bridge before the winter floods come,” said JosÃ© Marrero, the mayor.",
        ]
    ) == ["JosÃ© Marrero"]


def test_a_mis_decoded_name_as_subject_then_verb_is_read_whole() -> None:
    assert speakers(
        [
            "“We will rebuild the old bridge before the winter floods come,” HÃ©lÃ¨ne Vidal said on Tuesday.",
        ]
    ) == ["HÃ©lÃ¨ne Vidal"]


def test_an_inverted_speech_verb_before_a_colon_names_the_one_described() -> None:
    assert speakers(
        [
            "Coach Petra Lindqvist watched the second half from the stands.",
            "Said the coach: “We gave away the midfield and paid for it in the last ten minutes.”",
        ]
    ) == ["Petra Lindqvist"]


def test_an_inverted_speech_verb_before_an_unnamed_subject_names_nobody() -> None:
    # Before v21 the capitalised verb was read as a name ("Said").
    assert speakers(
        [
            "Coach Petra Lindqvist watched the second half from the stands.",
            "Said a fan: “We gave away the midfield and paid for it in the last ten minutes.”",
        ]
    ) == [None]


def test_guard_a_preposition_before_the_description_is_no_inverted_verb() -> None:
    assert speakers(
        [
            "Coach Petra Lindqvist watched the second half from the stands.",
            "Behind the coach: “We gave away the midfield and paid for it in the last ten minutes.”",
        ]
    ) == [None]


def test_a_name_in_decomposed_text_keeps_its_accented_letters() -> None:
    # NFD text: "e" then a combining acute accent (U+0301), as some archives store it.
    assert speakers(
        [
            "“We will rebuild the old bridge before the winter floods come,” Rene\u0301 Aubry said on Tuesday.",
        ]
    ) == ["Rene\u0301 Aubry"]


def test_a_mis_decoded_name_in_decomposed_text_is_read_whole() -> None:
    # "Ã" decomposed to "A" and a combining tilde, then the symbol "§".
    assert speakers(
        [
            "On Friday, President FranA\u0303\u00a7ois Dumont condemned the “cowardly attack on our harbour.”",
        ]
    ) == ["FranA\u0303\u00a7ois Dumont"]


def test_a_state_shortened_after_a_town_is_a_place_not_the_speaker() -> None:
    assert speakers(
        [
            "At a fair in Dover, N.H., on Friday, Senator Mara Quist of Maine backed Ms. Lund, saying she would "
            "“bring order to a messy budget.”",
        ]
    ) == ["Mara Quist"]


def test_a_town_and_its_shortened_state_in_an_opening_phrase_are_no_colon_subject() -> None:
    assert speakers(
        [
            "In the days after the storm hit Fresno, Calif., a local radio host put it plainly: “Nobody was "
            "ready for water like this, nobody at all.”",
        ]
    ) == [None]


def test_guard_a_surname_that_is_a_state_s_short_form_still_speaks() -> None:
    assert speakers(
        ["Carl Wash said the town would rebuild. “Nobody was ready for water like this, nobody at all,” Wash said."]
    ) == ["Carl Wash"]


def test_a_quote_set_off_by_dashes_after_a_name_is_that_person_s() -> None:
    assert speakers(
        [
            "Several senators have said the same thing, including the former candidate Mara Quist -- “It is "
            "disqualifying for a nominee to hide the returns” -- and a former tax commissioner.",
        ]
    ) == ["Mara Quist"]


def test_guard_a_dash_before_a_quote_attributed_after_it_keeps_the_tail_speaker() -> None:
    assert speakers(
        [
            "Critics pointed to a line by Mara Quist -- “It is disqualifying for a nominee to hide the returns,” "
            "Tomas Brandt said.",
        ]
    ) == ["Tomas Brandt"]


def test_a_body_named_for_two_fields_joined_by_and_is_read_whole() -> None:
    assert speakers(
        [
            "The Fisheries and Waterways Commission called the new quota “a fair deal for every harbour on the coast.”",
        ]
    ) == ["Fisheries and Waterways Commission"]


def test_guard_a_given_name_after_and_starts_another_body() -> None:
    assert speakers(
        [
            "“It was a careful and well-run piece of work by all concerned,” Rivermark and Maria Group said.",
        ]
    ) != ["Rivermark and Maria Group"]


def test_a_nationality_before_a_people_noun_is_no_speaker() -> None:
    assert speakers(
        [
            "A group of 40 Latin American painters and poets this week signed a letter calling on the ministry "
            "to “remember the long campaigns against other minorities that ended in ruin.”",
        ]
    ) == [None]


def test_guard_a_nationality_before_a_role_and_a_name_still_names_the_person() -> None:
    assert speakers(["“We will not sign this deal in its present form,” said South African minister Lerato Dube."]) == [
        "Lerato Dube"
    ]


def test_according_to_a_description_opening_the_sentence_names_the_body_described() -> None:
    assert speakers(
        [
            "The Harbour Growers Foundation counts about 400 farms on the coast.",
            "According to the foundation, the closures “will go on for at least the next ten years.”",
        ]
    ) == ["Harbour Growers Foundation"]


def test_according_to_a_description_after_the_quote_names_the_person_described() -> None:
    assert speakers(
        [
            "Senator Mara Quist toured the closed farms on Monday with Tomas Brandt, who runs the growers' fund.",
            "Brandt said the farms would recover. “The closures will go on for at least the next ten years,” "
            "according to the senator.",
        ]
    ) == ["Mara Quist"]


def test_guard_according_to_the_figures_names_nobody() -> None:
    assert speakers(
        [
            "Senator Mara Quist toured the closed farms on Monday.",
            "According to the figures, the closures “will go on for at least the next ten years.”",
        ]
    ) != ["Mara Quist"]


def test_a_congressional_body_keeps_its_adjective() -> None:
    assert speakers(
        [
            "“Deficits will rise again within two years, sooner than we expected,” the Congressional Budget "
            "Office said on Tuesday.",
        ]
    ) == ["Congressional Budget Office"]


def test_a_name_in_a_bracketed_aside_is_not_the_sentence_s_subject() -> None:
    assert speakers(
        [
            "The paradox of the mayor, says Carl Anthony, a historian at the city library, is that she was “one "
            "of the most powerful mayors in the postwar era,” not for her budgets (think Edith Rowe and Ada Kent) "
            "but for her “personal grip on every appointment at city hall.”",
        ]
    ) == ["Carl Anthony", "Carl Anthony"]


def test_guard_a_sentence_wholly_in_brackets_keeps_its_subject() -> None:
    assert speakers(["The vote was close. (Jo Dee called it “a farce from start to finish” on Monday.)"]) == ["Jo Dee"]


def test_a_second_that_clause_after_a_quote_inside_the_first_keeps_the_reporter() -> None:
    assert (
        speakers(
            [
                "Dee has also criticised rural voters for not backing Pike, declaring that “true farmers” don’t back "
                "Tom Rowe and that “all across the valley the growers are not listening to reason” after Pike lost.",
            ]
        )[-1]
        == "Dee"
    )


def test_guard_a_second_clause_without_that_keeps_its_own_subject() -> None:
    assert (
        speakers(
            [
                "Dee said that “true farmers” don’t support Tom Rowe, and Rowe replied that “all across the valley "
                "the growers are still listening to reason.”",
            ]
        )[-1]
        == "Tom Rowe"
    )
