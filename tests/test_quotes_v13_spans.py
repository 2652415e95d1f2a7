"""Quote finder, version 13: which spans are quotations. Titles, printed lines, words
talked about, words quoted again and what the reader might say are not; a lost or
doubled opening mark, a quotative and a characterisation closing its sentence still
give one. All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import quoted
from newstui.extract.quotes import find_quotes


def texts(paragraphs: list[str]) -> list[str]:
    """The text of each quote find_quotes finds, in order."""
    return [q.text for q in find_quotes(paragraphs)]


# -- the name of a work or a printed line ------------------------------------------


def test_a_long_title_after_titled_is_no_quote() -> None:
    paras = [
        "The institute published its results in a report titled: “How small harbours "
        "adapt to rising seas and shrinking fleets.” Its author, Mara Lind, said the work "
        "took four years."
    ]
    assert texts(paras) == []


def test_a_book_title_before_its_author_is_no_quote() -> None:
    paras = [
        "In his book “A Winter on the Salt Flats: Notes from those who stayed behind,” "
        "Tomas Berg wrote of the silence that settles over the camp at night."
    ]
    assert texts(paras) == []


def test_an_album_named_after_a_comma_is_no_quote() -> None:
    paras = ["Critics noted that on her second album, “quiet roads, loud towns,” the first single comes last."]
    assert texts(paras) == []


def test_a_headline_and_a_motto_are_no_quotes() -> None:
    paras = [
        "Ana Ruiz wrote a column with the headline “Our rivers deserve better than this,” urging the council to act.",
        "That is a long way from the firm’s old motto, “Building the bridges that bring people home.”",
    ]
    assert texts(paras) == []


def test_a_book_quoted_from_is_still_a_quote() -> None:
    paras = ["“I never planned to write about my father,” Lea Moss writes in the memoir."]
    assert quoted(paras) == [("I never planned to write about my father", "Lea Moss")]


# -- words talked about, not reported ------------------------------------------------


def test_a_short_title_used_as_a_modifier_is_no_quote() -> None:
    paras = ["“Tidewater” director Ines Holm said the film took six years to finance."]
    assert texts(paras) == []


def test_a_word_named_as_the_subject_is_no_quote() -> None:
    paras = ["“Boat” was the toddler’s first word, Dana Pike said."]
    assert texts(paras) == []


def test_a_sentence_judged_by_the_writer_is_no_quote() -> None:
    paras = ["“Relax, it is only a game!” is not a kind way to greet a nervous player."]
    assert texts(paras) == []


def test_a_short_utterance_introduced_by_a_verb_stays_a_quote() -> None:
    paras = ["Witnesses said the driver shouted, “get back” several times before the crash."]
    assert texts(paras) == ["get back"]


def test_a_phrase_standing_as_subject_with_a_speaker_stays_a_quote() -> None:
    paras = ["“Too little sleep and too much travel” was the main reason he quit, Rui Costa said."]
    assert texts(paras) == ["Too little sleep and too much travel"]


# -- what the reader might say ----------------------------------------------------------


def test_phrasings_suggested_to_the_reader_are_no_quotes() -> None:
    paras = [
        "When a friend shows you a painting, you can say something like, “The colours in this "
        "really pull me in,” or “I would hang this in my hallway.”",
        "You don’t have to say, “I could never make anything this good.”",
        "It is no harder to say “thank you for showing me this” than to shrug.",
    ]
    assert texts(paras) == []


def test_a_quote_the_reader_hears_from_a_named_person_stays() -> None:
    paras = [
        "You can see the crowd in the photo as the mayor steps up, saying, “We will rebuild "
        "this square stone by stone.”",
    ]
    assert texts(paras) == ["We will rebuild this square stone by stone."]


# -- words quoted again ----------------------------------------------------------------


def test_a_phrase_of_an_earlier_quote_quoted_again_is_no_new_quote() -> None:
    paras = [
        "The old harbour master read the notice aloud: “The last ferry of the season leaves "
        "at dawn, and no boat will cross until the ice has gone.”",
        "It is a stark line — “no boat will cross until the ice has gone.”",
    ]
    assert texts(paras) == [
        "The last ferry of the season leaves at dawn, and no boat will cross until the ice has gone."
    ]


def test_a_pull_quote_after_the_body_is_no_new_quote() -> None:
    paras = [
        "“We sell fish, but really we sell mornings by the sea,” said Ola Brandt, who runs the stall.",
        "“We sell fish, but really we sell mornings”",
    ]
    assert texts(paras) == ["We sell fish, but really we sell mornings by the sea"]


def test_words_quoted_again_with_an_attribution_of_their_own_stay() -> None:
    paras = [
        "“The water came in faster than anyone expected, and we lost the ground floor,” Ida Sund said.",
        "Later, at the meeting, she repeated it: “faster than anyone expected,” Sund told the council.",
    ]
    assert [t for t, _ in quoted(paras)] == [
        "The water came in faster than anyone expected, and we lost the ground floor",
        "faster than anyone expected",
    ]


# -- marks typed wrongly -------------------------------------------------------------


def test_a_doubled_opening_mark_opens_one_quote() -> None:
    paras = ["“”This hearing is a waste of everybody’s time,” the defendant Karl Ude said."]
    assert quoted(paras) == [("This hearing is a waste of everybody’s time", "Karl Ude")]


def test_a_paragraph_whose_opening_mark_was_lost_quotes_from_its_start() -> None:
    paras = [
        "The new hinge took two years to get right.",
        'We kept breaking prototypes, and each one taught us something," admits Lena Vik, the lead designer.',
    ]
    assert quoted(paras) == [("We kept breaking prototypes, and each one taught us something", "Lena Vik")]


def test_a_closing_mark_without_an_attribution_opens_nothing() -> None:
    paras = ['The hinges broke, and then the screens," the report went on about costs.']
    assert texts(paras) == []


def test_single_marks_after_said_comma_in_a_double_mark_article() -> None:
    paras = [
        "“We started with nothing,” Pia Lund said.",
        "I asked her what she wanted to build and she said, 'I have no idea yet.' We laughed.",
    ]
    assert texts(paras) == ["We started with nothing", "I have no idea yet."]


# -- speech that reads short or capitalised ----------------------------------------------


def test_an_interjection_before_a_title_and_name_is_speech() -> None:
    paras = ["“No, Judge Harlow,” the lawyer Tia Berg said. “That is not what the contract says.”"]
    assert [t for t, _ in quoted(paras)][0] == "No, Judge Harlow"


def test_a_quotative_like_introduces_speech() -> None:
    paras = ["I told my editor the story was finished. She was like, “Oh, great.”"]
    assert texts(paras) == ["Oh, great."]


def test_like_after_a_thing_is_no_quotative() -> None:
    paras = ["What you get in the template is like “render (item) do…end” for every card."]
    assert texts(paras) == []


def test_a_characterisation_closing_the_sentence_is_a_quote() -> None:
    paras = [
        "The company rejected the claim, dismissing it as “a story for a late-night film.”",
        "Her lawyer called the ruling by the appeals court “a win for every tenant in the city.”",
    ]
    assert texts(paras) == ["a story for a late-night film.", "a win for every tenant in the city."]


def test_a_characterisation_inside_the_sentence_stays_a_term() -> None:
    paras = ["Rosa called the vote “a matter of pride” and asked members to stand."]
    assert texts(paras) == []


def test_called_for_is_a_demand_not_a_characterisation() -> None:
    paras = ["Amid the flooding, the governor called for “patience at this hard time.”"]
    assert texts(paras) == []


def test_a_phrase_according_to_a_source_is_a_quote() -> None:
    paras = [
        "The closure of the pool was a “blow to the whole town” according to parents, but the "
        "council was spared the worst of the anger when the storm hit."
    ]
    assert texts(paras) == ["blow to the whole town"]


# -- questions named as questions, printed words, a song performed ----------------------


def test_a_question_the_sentence_names_a_question_is_no_quote() -> None:
    paras = [
        "The most common question about winter tyres is, “When should I fit them?”",
        "Why did the author make “what is a town for?” the book’s organising question?",
    ]
    assert texts(paras) == []


def test_a_question_somebody_put_stays_a_quote() -> None:
    paras = ["After the talk, a question came from the back of the hall: “Did the bridge ever carry trains?”"]
    assert texts(paras) == ["Did the bridge ever carry trains?"]


def test_words_printed_on_a_shirt_or_a_placard_are_no_quote() -> None:
    paras = [
        "Fans wore orange T-shirts showing the striker mid-kick above the words: “Our captain, our pride, our city.”",
        "One protester held a placard reading “Keep the library open for our children.”",
    ]
    assert texts(paras) == []


def test_a_song_after_a_performance_of_is_no_quote() -> None:
    paras = ["She won the regional contest in 1994 with her performance of “Rivière sans retour.”"]
    assert texts(paras) == []


def test_the_next_example_after_like_is_no_quote_either() -> None:
    paras = [
        "Have you heard a neighbour grumble about the bins? Like, “Nobody on this street ever "
        "sorts the glass properly.” Or, “I don’t see why we pay for collections at all.”"
    ]
    assert texts(paras) == []
