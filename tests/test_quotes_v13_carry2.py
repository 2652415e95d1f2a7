"""Quote finder, version 13: quotes with no attribution of their own that are texts (an
email read out, inscriptions listed by date) or whose own sentence says who opens them.
All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import speakers

_GOVERNOR = "“Nobody in this county will go without heat this winter,” Governor Alma Ruiz said in 1998."


# -- a timeline's or a list's dated entries --------------------------------------


def test_a_dated_entry_quoting_an_inscription_is_nobody_named() -> None:
    paras = [
        "March 4, 1998: Governor Alma Ruiz opens the bridge. "
        "She told the crowd, “This bridge belongs to every family in the valley.”",
        "Nov. 2, 2001: “In memory of the nine workers who built this crossing, 1996-98.” Plaque unveiled 2002.",
    ]
    assert speakers(paras) == ["Alma Ruiz", None]


def test_the_people_an_entry_names_do_not_speak_the_next_entrys_text() -> None:
    paras = [
        "1987: Singer Odile Marchetti plays the first concert on the bridge. Attendance: 12,000.",
        "1990-91: “Closed for repairs by order of the county. Reopened with thanks to all who waited.”",
    ]
    assert speakers(paras) == [None]


def test_a_dated_entry_still_speaks_for_the_person_it_names() -> None:
    paras = [
        _GOVERNOR,
        "July 30-Aug. 2, 2004: Engineer Piet Laan leads the first inspection. “The cables are in excellent shape.”",
    ]
    assert speakers(paras) == ["Alma Ruiz", "Piet Laan"]


def test_an_undated_paragraph_goes_on_with_the_speaker_as_before() -> None:
    paras = [_GOVERNOR, "“We will find the money, whatever it takes.”"]
    assert speakers(paras) == ["Alma Ruiz", "Alma Ruiz"]


def test_a_clock_time_is_no_dated_entry() -> None:
    paras = [_GOVERNOR, "At 10:15 the lights went out. “We will find the money, whatever it takes.”"]
    assert speakers(paras) == ["Alma Ruiz", "Alma Ruiz"]


# -- a tail opening the words with a verb of going on ------------------------------


def test_an_email_that_began_with_the_words_is_nobody_named() -> None:
    paras = [
        "Principal Dana Kolb found the message in her inbox at 6 a.m. on Friday.",
        "“Your school will be closed today because of a gas leak,” the email began. "
        "“Please tell every parent before the buses leave.”",
    ]
    assert speakers(paras) == [None, None]


def test_a_letter_that_opened_so_and_the_next_paragraph_going_on_with_it() -> None:
    paras = [
        "“We found her tied to the railing of the bridge,” said Councillor Bram Otieno.",
        "“To whoever finds this, the dog is called Biscuit,” the handwritten note opened.",
        "“She likes long walks and hates thunder.”",
    ]
    assert speakers(paras) == ["Bram Otieno", None, None]


def test_a_named_person_who_began_so_speaks_the_words() -> None:
    paras = [
        "At the debate, moderator Ines Vik asked Rosa Delgado about the harbour tax.",
        "“The tax was never meant to last this many years,” Delgado began, before being cut off by the bell.",
    ]
    assert speakers(paras) == ["Rosa Delgado"]


def test_a_pronoun_who_began_so_is_resolved() -> None:
    paras = [
        "Ines Vik stepped to the lectern after the mayor had left.",
        "“I did not plan to speak tonight,” she began.",
    ]
    assert speakers(paras) == ["Ines Vik"]


def test_his_letter_began_is_the_writers_and_goes_on_with_him() -> None:
    paras = [
        _GOVERNOR,
        "“I write to you as a father first and a governor second,” her letter to the county began.",
    ]
    assert speakers(paras) == ["Alma Ruiz", "Alma Ruiz"]


# -- a sentence about a written text before the quotes ----------------------------------


def test_plaques_honouring_people_speak_their_inscriptions_not_the_people() -> None:
    paras = [
        "“We built this park for the children,” Mayor Lina Holt said at the opening.",
        "Two bronze plaques by the gate honour the boxer Sam Okoro and the poet Ruth Lyle.",
        "“Sam Okoro, champion of the world, who learned to fight on this corner.”",
        "“Ruth Lyle, 1920-1999, who wrote the river into every poem.”",
    ]
    assert speakers(paras) == ["Lina Holt", None, None]


def test_his_posts_introduced_once_are_his_in_each_paragraph() -> None:
    paras = [
        "Colin Marsh, 27, was arrested on Monday, police said.",
        "His posts on a gaming forum, going back to 2019, grew angrier every year.",
        "“Nobody at this company has ever listened to a word I say.”",
        "“One day they will all regret this.”",
    ]
    assert speakers(paras) == ["Colin Marsh", "Colin Marsh"]


def test_a_named_writers_posts_are_his_not_the_last_speakers() -> None:
    paras = [
        "“He was quiet and polite,” his neighbour Ada Fenn said.",
        "Colin Marsh's posts on a gaming forum grew angrier every year.",
        "“Nobody at this company has ever listened to a word I say.”",
    ]
    assert speakers(paras) == ["Ada Fenn", "Colin Marsh"]


def test_an_email_read_out_in_the_next_paragraphs_is_nobody_named() -> None:
    paras = [
        "“We take every threat seriously,” Superintendent Ruth Ames said on Monday.",
        "The email, sent just before midnight, was short.",
        "“You have until Friday to close every school in the district.”",
        "“After that, I cannot promise anything.”",
    ]
    assert speakers(paras) == ["Ruth Ames", None, None]


def test_an_email_from_a_named_sender_is_the_senders() -> None:
    paras = [
        "“We take every threat seriously,” Superintendent Ruth Ames said on Monday.",
        "The email from trustee Omar Haddad arrived at 2 a.m.",
        "“I am resigning, effective immediately, and I will explain why.”",
    ]
    assert speakers(paras) == ["Ruth Ames", "Omar Haddad"]


def test_a_woman_who_wrote_letters_is_no_text_subject() -> None:
    paras = [
        "“We take every threat seriously,” Superintendent Ruth Ames said on Monday.",
        "Ames wrote letters to every parent that night.",
        "“No child will be in a building we have not searched.”",
    ]
    assert speakers(paras) == ["Ruth Ames", "Ruth Ames"]


# -- first-person words after a third-person subject --------------------------------------


def test_first_person_words_after_he_are_not_his_own() -> None:
    paras = [
        "Karl Berg was arrested in 1991.",
        "He drove her to his farm, where he “tied my hands and left me in the dark for two days”.",
    ]
    assert speakers(paras) == [None]


def test_first_person_words_after_a_speech_verb_stay_the_speakers() -> None:
    paras = [
        "Karl Berg was arrested in 1991.",
        "He told the court the price was “as low as I have ever seen.”",
    ]
    assert speakers(paras) == ["Karl Berg"]


def test_her_diary_with_no_woman_named_is_nobody_named() -> None:
    paras = [
        "“She kept everything,” her son Piet Dekker said.",
        "Her diary from 1944 survives in the family attic.",
        "“Bread again today. No news of the boys from the north.”",
    ]
    assert speakers(paras) == ["Piet Dekker", None]


def test_posts_of_a_users_handle_are_the_handles() -> None:
    paras = [
        "“He seemed lonely,” the landlord, Bo Lindqvist, said.",
        "Grimwolf88’s posts became angrier over the summer.",
        "“Nobody at this company has ever listened to a word I say.”",
    ]
    assert speakers(paras) == ["Bo Lindqvist", "Grimwolf88"]


def test_an_email_that_read_in_part_is_nobody_named_and_so_is_the_next_paragraph() -> None:
    paras = [
        "“We take every threat seriously,” Superintendent Ruth Ames said.",
        "The email read, in part: “You have until Friday to close every school.”",
        "“After that, I cannot promise anything.”",
    ]
    assert speakers(paras) == ["Ruth Ames", None, None]


# -- a text somebody else wrote, read out -------------------------------------------------


def test_a_prayer_the_minister_read_is_nobody_named() -> None:
    paras = [
        "“She never missed a Sunday,” her brother Angus Reid said.",
        "At the graveside the minister read this prayer: “Keep watch, dear Lord, with those who wake tonight.”",
    ]
    assert speakers(paras) == ["Angus Reid", None]


def test_a_poem_recited_by_a_named_reader_is_not_the_readers() -> None:
    paras = [
        "“She never missed a Sunday,” her brother Angus Reid said.",
        "Then he recited the last lines of the old poem, “The river keeps its own counsel and the hills their own.”",
    ]
    assert speakers(paras) == ["Angus Reid", None]


def test_a_statement_read_out_stays_the_readers() -> None:
    paras = [
        "Angus Reid spoke to reporters outside the court on Monday.",
        "He read from a prepared statement: “My family has waited six years for this day.”",
    ]
    assert speakers(paras) == ["Angus Reid"]


# -- the carried speaker named in the words --------------------------------------------------


def test_first_person_words_naming_the_carried_speaker_are_not_his() -> None:
    paras = [
        "“I never read the contract,” Victor Hale said in 1990.",
        "His former adviser, who later fell out with him, is blunt about the deal. "
        "“I seriously doubt that Hale has ever read a contract to the end in his life.”",
    ]
    assert speakers(paras) == ["Victor Hale", None]


def test_first_person_words_naming_somebody_else_still_carry() -> None:
    paras = [
        "“I never read the contract,” Victor Hale said in 1990.",
        "“I doubt that Marsh has ever read one either.”",
    ]
    assert speakers(paras) == ["Victor Hale", "Victor Hale"]


def test_a_new_sentence_after_a_closed_quote_is_no_opening_tail() -> None:
    paras = [
        "“We will keep every library open,” Mayor Kim Lee said.",
        "“We will win this ward and every ward after it.” Tunde Okafor opened an office a week later.",
    ]
    assert speakers(paras) == ["Kim Lee", "Kim Lee"]
