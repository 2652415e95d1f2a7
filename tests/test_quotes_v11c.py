"""Quote finder, version 11 round 3: dialogue turns and the person addressed.
All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import speakers

# -- an exchange: a bare quote after one side's question is the other side's answer --


def test_a_bare_quote_after_a_question_in_an_exchange_is_the_answer() -> None:
    paras = [
        "At the inquiry, counsel Marta Velloso pressed the harbour master, Tobias Renn, on the dredging logs.",
        "“We kept every log,” Renn said, “and we filed them on time.”",
        "“But some pages are missing,” Velloso replied. “Can you explain that?”",
        "“The pages went to the archive in a flood year, and nobody has asked for them since.”",
    ]
    assert speakers(paras) == ["Tobias Renn", "Tobias Renn", "Marta Velloso", "Marta Velloso", "Tobias Renn"]


def test_a_bare_quote_after_a_statement_still_continues_its_speaker() -> None:
    paras = [
        "“We kept every log,” Tobias Renn said.",
        "“Some pages are missing,” Marta Velloso replied. “The archive has no copy.”",
        "“We will ask the ministry for its own copy next week.”",
    ]
    assert speakers(paras) == ["Tobias Renn", "Marta Velloso", "Marta Velloso", "Marta Velloso"]


# -- a name addressed inside the quote is the listener, not the speaker -----------


def test_the_person_addressed_inside_the_quote_is_not_its_speaker() -> None:
    paras = [
        "Odile Brask ran the weekly meetings, and the founder, Piet Hollis, would talk over everybody.",
        "Now and then Hollis would get loud, and Brask would calm him, saying, “We hear you, Piet. Let us finish.”",
    ]
    assert speakers(paras) == ["Odile Brask"]


def test_a_name_the_speaker_says_that_is_not_addressed_keeps_the_speaker() -> None:
    paras = [
        "Piet Hollis founded the ferry company in a shed.",
        "“People still call me Piet, the man from the shed,” Hollis said.",
    ]
    assert speakers(paras) == ["Piet Hollis"]


# -- a gendered description ('the actress', 'the father') names a person of that gender --


def test_a_gendered_description_skips_a_person_of_the_other_gender() -> None:
    paras = [
        "“We wrote the songs in a cold flat,” said the director, Tomas Keller.",
        "Keller met Ruth Amsel at a festival in Ghent; Amsel had just finished a stage run. "
        "“It was a tiny café,” the actress says, “and we argued about tempo for an hour.”",
    ]
    assert speakers(paras) == ["Tomas Keller", "Ruth Amsel", "Ruth Amsel"]


# -- a dateline opening a wire story is no speaker ---------------------------------


def test_a_dateline_with_a_date_and_double_dash_is_not_a_speaker() -> None:
    paras = [
        "LISBON (May 3) -- The ferry grounded in March “will not sail until the hull is sound,” "
        "according to a notice on the quay.",
        "“We will not cut corners,” Transport Minister Rui Tavares said.",
    ]
    assert speakers(paras) == [None, "Rui Tavares"]


def test_a_one_word_dateline_before_a_dash_is_not_a_speaker() -> None:
    paras = ["OPORTO – The mayor’s office said repairs “should take a fortnight at most.”"]
    assert speakers(paras) == [None]


# -- a quote inside an opening speech participle is the following subject's --------


def test_a_quote_inside_an_opening_speech_participle_is_the_subjects() -> None:
    paras = [
        "OPORTO (June 2) -- Declaring “the soul of the harbour” at risk, Transport Minister Rui Tavares "
        "has ordered a review of the ferry fleet.",
        "Insisting the old hulls were “sound as a bell” all along, he told reporters the review was a waste.",
    ]
    assert speakers(paras) == ["Rui Tavares", "Rui Tavares"]


# -- a quote resuming after a dashed aside goes on with its speaker ----------------------


def test_a_quote_resuming_after_a_dashed_aside_keeps_its_speaker() -> None:
    paras = [
        "“We wrote the first tunes in a cold flat,” Tomas Keller says. “Then we handed the songs to "
        "our lyricists, Ida Marr and Leon Stoke” – the pair behind the hit revue Dear Anna Voss, "
        "who are everywhere this year – “and then I’d rewrite the whole score.”",
    ]
    assert speakers(paras) == ["Tomas Keller", "Tomas Keller", "Tomas Keller"]


# -- a show named after its host is no person: the host's bare surname is the host -----


def test_a_show_named_after_its_host_does_not_take_the_hosts_quotes() -> None:
    paras = [
        "Nora Pell told the story on Friday night’s Danny Okoro Live! to a laughing studio.",
        "Okoro asked her about the photo, saying, “I cannot believe nobody noticed this.”",
        "Later that week she was a guest on The Pia Sandu Show, where Sandu said “everyone has done that once.”",
    ]
    assert speakers(paras) == ["Okoro", "Sandu"]


# -- a name made an adjective ('Chet Baker-ish', 'Ada Lovelace-esque') is nobody --------


def test_a_name_with_an_adjective_suffix_is_not_a_speaker() -> None:
    paras = [
        "“We cut the first song in a day,” Tomas Keller says. The slow, Nina Hale-ish ballad "
        "that closes the record was “the one I rewrote forty times.”",
    ]
    assert speakers(paras) == ["Tomas Keller", "Tomas Keller"]


# -- the person accused is not who reports the accusation -------------------------------


def test_the_object_of_an_accusation_does_not_speak_the_charge() -> None:
    paras = [
        "Three former porters have filed a complaint against the Harbour Hotel.",
        "One of them accused Ilse Dorn of ordering staff to “carry the bags up nine floors without a break” "
        "during the summer.",
        "Another sued Marek Tull for forcing them to “work through the night with no pay at all.”",
    ]
    assert speakers(paras) == [None, None]
