"""Partial quotes whose sentence's subject the finder misread (version 16): a name
inside an opening phrase read as the subject. Invented text."""

from __future__ import annotations

from extract_helpers import speakers_and_texts as _speakers
from newstui.extract.quotes.vocabulary import SPEECH, is_noun_use


def test_participle_objects_after_a_quoted_sentence_are_not_the_subject() -> None:
    # The quoted full sentence hides its full stop from the sentence split, so the
    # participle phrase ("Quoting Adam Smith and John Stuart Mill,") opens a sentence
    # the finder reads from the quote on; its objects are still no subject.
    paragraphs = [
        "Jane Roe spoke to farmers in Leeds on Monday. “We will keep every market open and every road"
        " repaired.” Quoting Adam Smith and John Stuart Mill, she proposed a fund that would “pay for the"
        " bridges” and turn “the poorer valleys into places where young people want to stay.”"
    ]
    assert _speakers(paragraphs) == [
        ("Jane Roe", "We will keep every market open and every road repaired."),
        ("Jane Roe", "pay for the bridges"),
        ("Jane Roe", "the poorer valleys into places where young people want to stay."),
    ]


def test_a_site_named_before_its_page_or_post_is_not_the_speaker() -> None:
    # "On one Instagram page a user wrote …": the site only carries the words; the
    # writer is unnamed.
    paragraphs = [
        "Tomas Brandt posted the photograph of his garden gnome collection last week.",
        "On one Instagram page an anonymous user copied the picture and wrote that it was"
        " “tasteless, cluttered, loud and an insult to gardeners everywhere.”",
    ]
    assert _speakers(paragraphs) == [(None, "tasteless, cluttered, loud and an insult to gardeners everywhere.")]


def test_his_own_page_speaks_his_words() -> None:
    # "His Facebook page is full of pictures under the words …": the page is his, so are the words on it.
    paragraphs = [
        "Arvid Holm, 61, says he will run for mayor of Lundby next spring.",
        "His Facebook page is full of pictures under the words “a cleaner harbour for every family,” with"
        " photographs of the quay.",
    ]
    assert _speakers(paragraphs) == [("Arvid Holm", "a cleaner harbour for every family")]


def test_a_speech_verb_joined_by_and_is_a_verb() -> None:
    # "… called a reporter and said, “…”": "and said" was read as a noun ("the states"),
    # so the quote fell to whoever the opening clause named.
    paragraphs = [
        "Tom Dee wrote the mayor's memoir in 1990.",
        "When Ana Roe won the election, Dee called a reporter and said, “I never once saw her with a book in"
        " her hands.”",
    ]
    assert _speakers(paragraphs) == [("Tom Dee", "I never once saw her with a book in her hands.")]


def test_talk_nouns_joined_by_and_stay_nouns() -> None:
    text = "Her jokes and remarks drew laughter, and she said"
    found = {m.group(): is_noun_use(text, m) for m in SPEECH.finditer(text)}
    assert found == {"jokes": True, "remarks": True, "said": False}


def test_telling_is_a_speech_participle() -> None:
    # "…, Dee was furious, telling a reporter, “…”": the participle shares the main
    # clause's subject, not the person the opening clause names.
    paragraphs = [
        "Tom Dee wrote the mayor's memoir in 1990.",
        "When Ana Roe won the election, Dee was furious, telling a reporter, “I never once saw her with a book"
        " in her hands.”",
    ]
    assert _speakers(paragraphs) == [("Tom Dee", "I never once saw her with a book in her hands.")]


def test_a_pronoun_subject_beats_the_object_a_joined_verb_follows() -> None:
    # "She picked up the phone, called Tom Dee and said, “…”": Dee is an object.
    paragraphs = [
        "Ana Roe runs the theatre.",
        "She picked up the phone, called Tom Dee and said, “You are going to love this new play, trust me.”",
    ]
    assert _speakers(paragraphs) == [("Ana Roe", "You are going to love this new play, trust me.")]
    paragraphs[1] = "I remember calling Tom Dee and saying, “You are going to love this new play, trust me.”"
    assert _speakers(paragraphs) == [(None, "You are going to love this new play, trust me.")]


def test_an_infinitive_of_purpose_shares_the_sentence_subject() -> None:
    # "Berg took to Instagram to say the road would …": "the road" after "to say" is what
    # was said, not an inverted subject.
    paragraphs = [
        "Mayor Ina Berg opposed the road.",
        "Berg took to Instagram to say the road would “cut our town in half for good.”",
    ]
    assert _speakers(paragraphs) == [("Ina Berg", "cut our town in half for good.")]


def test_a_relative_clause_infinitive_is_the_named_persons() -> None:
    paragraphs = [
        "Ana Roe worked with Tom Dee for a decade.",
        "The plan was handed over in the presence of Dee, who proceeded to tell his staff, “These people have"
        " given me my orders and we follow them.”",
    ]
    assert _speakers(paragraphs) == [("Tom Dee", "These people have given me my orders and we follow them.")]


def test_adds_to_the_story_is_no_speech() -> None:
    text = "The long wait adds to the pressure on the board, she adds, "
    found = [(m.group(), is_noun_use(text, m)) for m in SPEECH.finditer(text)]
    assert found == [("adds", True), ("adds", False)]


def test_telling_is_speech_only_after_its_clause() -> None:
    text = "the man telling the story is Dee, who was furious, telling a reporter, "
    found = [(m.group(), is_noun_use(text, m)) for m in SPEECH.finditer(text)]
    assert found == [("telling", True), ("telling", False)]
