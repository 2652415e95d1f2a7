"""Quote finder, version 13: who goes on speaking when a quote has no attribution of its own.
All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import speakers

_MAYOR = "“We will have the new pier open by the spring,” Mayor Harold Minsk said on Tuesday."


# -- somebody unnamed, or a text, comes between ---------------------------------


def test_an_unnamed_person_turned_to_after_the_speaker_keeps_the_quote_unnamed() -> None:
    paras = [_MAYOR, "One fisherman who has worked the harbour since 1990 was blunt.", "“It is a fairy tale.”"]
    assert speakers(paras) == ["Harold Minsk", None]


def test_an_unnamed_person_in_the_quotes_own_paragraph_stops_the_carry() -> None:
    paras = [_MAYOR, "A woman who sells bait on the quay shook her head. “He says that every single year.”"]
    assert speakers(paras) == ["Harold Minsk", None]


def test_a_group_opening_the_sentence_before_the_quote_stops_the_carry() -> None:
    paras = [_MAYOR, "Critics of the council doubt the timetable.", "“The money is simply not there.”"]
    assert speakers(paras) == ["Harold Minsk", None]


def test_protesters_behind_an_opening_phrase_stop_the_carry() -> None:
    paras = [_MAYOR, "Outside the town hall, protesters chanted for an hour.", "“Fix the pier now!”"]
    assert speakers(paras) == ["Harold Minsk", None]


def test_a_letter_between_speaker_and_quote_speaks_the_quote() -> None:
    paras = [
        _MAYOR,
        "A letter signed by forty residents reached the council the same day.",
        "“We will not accept another year of delay.”",
    ]
    assert speakers(paras) == ["Harold Minsk", None]


def test_a_council_report_between_speaker_and_quote_speaks_the_quote() -> None:
    paras = [
        _MAYOR,
        "A council report published in May tells another story.",
        "“The timber piles have rotted below the waterline.”",
    ]
    assert speakers(paras) == ["Harold Minsk", None]


def test_according_to_a_complaint_the_quote_is_the_complaints() -> None:
    paras = [
        _MAYOR,
        "According to the complaint, the council ignored its engineers.",
        "“The defendants knew the pier was unsafe.”",
    ]
    assert speakers(paras) == ["Harold Minsk", None]


def test_a_sentence_opening_on_a_statement_stops_the_carry() -> None:
    paras = [
        _MAYOR,
        "In a statement, the ferry company said it had not been consulted.",
        "“We learned about the plan on the radio.”",
    ]
    assert speakers(paras) == ["Harold Minsk", None]


def test_a_poll_between_speaker_and_quote_stops_the_carry() -> None:
    paras = [_MAYOR, "A poll by the local paper found most readers opposed the plan.", "“It is a waste of money.”"]
    assert speakers(paras) == ["Harold Minsk", None]


# -- what does not stop it ---------------------------------------------------------


def test_the_speakers_own_description_keeps_the_carry() -> None:
    paras = [_MAYOR, "The mayor has led the town since 2015.", "“The pier is the heart of this town.”"]
    assert speakers(paras) == ["Harold Minsk", "Harold Minsk"]


def test_his_own_letter_keeps_the_carry() -> None:
    paras = [_MAYOR, "His letter to the state treasury went out on Monday.", "“They know what we need.”"]
    assert speakers(paras) == ["Harold Minsk", "Harold Minsk"]


def test_a_named_body_issuing_a_report_is_no_unnamed_text() -> None:
    # "The Harbour Board report" names its issuer: not a text of nobody (and not a person).
    paras = [_MAYOR, "The Harbour Board report was published in May.", "“The pier is the heart of this town.”"]
    assert speakers(paras) == ["Harold Minsk", "Harold Minsk"]


def test_an_object_of_a_verb_is_not_the_subject_of_its_sentence() -> None:
    # "two doctors" comes after the verb: the sentence is about the town.
    paras = [_MAYOR, "The town has two doctors and no pharmacy.", "“We need the ferry for everything.”"]
    assert speakers(paras) == ["Harold Minsk", "Harold Minsk"]


def test_a_named_person_after_an_unnamed_one_takes_the_quote() -> None:
    paras = [_MAYOR, "A resident, Greta Varga, put it simply.", "“He says it every year.”"]
    assert speakers(paras) == ["Harold Minsk", "Greta Varga"]


# -- a text or somebody unnamed in the quote's own sentence ----------------------------


def test_a_quote_a_notice_reads_after_a_colon_is_nobodys() -> None:
    # (A sign's words are no quote at all: spans' printed-words rule.)
    paras = [_MAYOR, "A notice from the harbour board reads: “Danger. Keep off the pier until further notice.”"]
    assert speakers(paras) == ["Harold Minsk", None]


def test_a_quote_read_by_one_comment_is_nobodys() -> None:
    paras = [_MAYOR + " “Who believes this any more?” read one comment under the video."]
    assert speakers(paras) == ["Harold Minsk", None]


def test_a_quote_a_named_person_asks_after_it_stays_theirs() -> None:
    paras = [_MAYOR + " “Who believes this any more?” asked Greta Varga, who runs the bait shop."]
    assert speakers(paras) == ["Harold Minsk", "Greta Varga"]


# -- a person the text turns to in a "For …," frame -----------------------------------


def test_a_person_framing_the_sentence_before_the_quote_speaks_it() -> None:
    paras = [
        _MAYOR,
        "For Greta Varga, 54, who has run the bait shop for thirty years, the storm was personal.",
        "“I have never seen the water that high.”",
    ]
    assert speakers(paras) == ["Harold Minsk", "Greta Varga"]


def test_a_person_after_a_preposition_inside_the_sentence_does_not_take_the_quote() -> None:
    paras = [_MAYOR, "It was different for Greta Varga, who runs the bait shop.", "“The state will pay for all of it.”"]
    assert speakers(paras) == ["Harold Minsk", "Harold Minsk"]


# -- the other side of a dialogue ------------------------------------------------------


def test_a_question_after_an_answer_to_a_question_is_the_questioner_again() -> None:
    paras = [
        "“Are you going to rebuild it?” Greta Varga asked the mayor at the meeting.",
        "“We will rebuild the pier by spring,” Harold Minsk replied.",
        "“With what money?”",
        "“With the state's money.”",
    ]
    assert speakers(paras) == ["Greta Varga", "Harold Minsk", "Greta Varga", "Harold Minsk"]


def test_a_statement_after_an_answer_is_the_answerer_going_on() -> None:
    paras = [
        "“Are you going to rebuild it?” Greta Varga asked the mayor at the meeting.",
        "“We will rebuild the pier by spring,” Harold Minsk replied.",
        "“The state has promised the money.”",
    ]
    assert speakers(paras) == ["Greta Varga", "Harold Minsk", "Harold Minsk"]


# -- a name after "its", "her", "their" is a thing owned -----------------------------


def test_a_product_named_after_its_owner_does_not_take_the_quote() -> None:
    paras = [
        "“Demand for our chips doubled this year,” Acme Devices said in its quarterly report.",
        "In May, the company announced its Falcon Ridge Series processors, cheaper than its rivals' parts.",
        "“We believe this places us on a steep long-term growth path.”",
    ]
    assert speakers(paras) == ["Acme Devices", "Acme Devices"]


def test_a_source_close_to_the_talks_stops_the_carry() -> None:
    paras = [
        _MAYOR,
        "A source close to the talks told the Courier the state would not pay.",
        "“The treasury said no in May.”",
    ]
    assert speakers(paras) == ["Harold Minsk", None]


def test_a_picture_caption_about_guests_does_not_stop_the_carry() -> None:
    paras = [
        _MAYOR,
        "Visitors walk along the closed pier. | Photo by Jo Marsh",
        "“For me, growing up here, the pier was where everything happened.”",
    ]
    assert speakers(paras) == ["Harold Minsk", "Harold Minsk"]


# -- a he/she about somebody else after the last speaker -------------------------------

_VARGA = "Greta Varga, who runs the bait shop on the quay, has heard the promise before."


def test_a_she_after_the_mayor_spoke_turns_the_quote_to_her() -> None:
    paras = [_VARGA, _MAYOR, "She is not convinced.", "“I will believe it when I see it.”"]
    assert speakers(paras) == ["Harold Minsk", "Greta Varga"]


def test_a_he_that_is_the_speaker_keeps_the_quote_his() -> None:
    paras = [_VARGA, _MAYOR + " He has promised it before.", "“This time the money is there.”"]
    assert speakers(paras) == ["Harold Minsk", "Harold Minsk"]


def test_a_her_as_object_does_not_turn_the_quote() -> None:
    paras = [_VARGA, _MAYOR, "The plan leaves her cold.", "“The state has signed the papers.”"]
    assert speakers(paras) == ["Harold Minsk", "Harold Minsk"]


def test_officials_placed_by_a_capitalised_word_stop_the_carry() -> None:
    paras = [
        _MAYOR,
        "Harbour officials said the money had not been set aside.",
        "“There is no line in the budget for it.”",
    ]
    assert speakers(paras) == ["Harold Minsk", None]


def test_scholars_placed_by_a_capitalised_word_stop_the_carry() -> None:
    paras = [_MAYOR, "Legal scholars have found a basic flaw in the plan.", "“The piles cannot carry a ferry.”"]
    assert speakers(paras) == ["Harold Minsk", None]


def test_her_hosts_are_somebody_known_and_keep_her_quote() -> None:
    paras = [
        "On a wet Friday, Greta Varga rose to speak at the harbour dinner. Her hosts were the Quay Traders Guild.",
        "“We will not leave this harbour, whatever the council decides.”",
    ]
    assert speakers(paras) == ["Greta Varga"]
