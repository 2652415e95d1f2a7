"""Quote spans, version 19: the quote sidebar lists what people said, not the names of
works, scare-quoted terms or the rest of a paragraph after a closing mark the page left
out. All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import quoted
from newstui.extract.quotes import find_quotes


def texts(paragraphs: list[str]) -> list[str]:
    """The text of each quote find_quotes finds, in order."""
    return [q.text for q in find_quotes(paragraphs)]


# -- a work named in an apposition after the marks -------------------------------------


def test_a_work_named_after_the_marks_is_no_quote() -> None:
    paras = [
        "Before the vote he read aloud from “the long road home to the valley,” a poem by his late mother.",
        "The crowd sang “we shall walk on through the night,” the old protest song, as police arrived.",
        "She wrote “a field guide to ordinary kindness,” her third book, during the lockdowns.",
    ]
    assert texts(paras) == []


def test_a_partial_quote_before_a_plain_object_stays_a_quote() -> None:
    # No comma sets "the program" off: it is the object of the quoted verb, not a work.
    paras = ["Officials said brokers “may try to use ever more clever ways to get around” the program."]
    assert texts(paras) == ["may try to use ever more clever ways to get around"]


def test_words_said_before_a_described_speaker_stay_a_quote() -> None:
    paras = [
        "“We will read every single letter we get,” the author of the report, Hana Ilves, said.",
        "“Nobody warned us about the flooding at all,” a resident of the street said.",
        "“The song saved my life, and I mean that,” the singer, Ruth Ames, told the crowd.",
    ]
    assert texts(paras) == [
        "We will read every single letter we get",
        "Nobody warned us about the flooding at all",
        "The song saved my life, and I mean that",
    ]


# -- a closing mark the page left out --------------------------------------------------


def test_an_unclosed_quote_with_nothing_quoted_after_runs_to_its_paragraph_end() -> None:
    # As tests/test_quotes.py decides: no later mark shows where the words end.
    paras = [
        "“We will not give in to threats from anybody, said the minister, Paul Leroy, on Monday.",
        "Talks are due to resume next week in Geneva.",
    ]
    assert texts(paras) == ["We will not give in to threats from anybody, said the minister, Paul Leroy, on Monday."]


def test_an_unclosed_quote_cut_before_a_name_and_its_verb() -> None:
    paras = ["“The harbour has been dying for twenty years, Leroy said. “Now it has a chance.”"]
    assert quoted(paras) == [
        ("The harbour has been dying for twenty years", "Leroy"),
        ("Now it has a chance.", "Leroy"),
    ]


def test_an_unclosed_quote_with_no_attribution_inside_runs_to_its_paragraph_end() -> None:
    paras = [
        "Leroy said: “We will not give in to threats. The talks resume next week, and we hope for progress.",
        "Talks are due to resume next week in Geneva.",
    ]
    assert texts(paras) == ["We will not give in to threats. The talks resume next week, and we hope for progress."]


def test_a_quote_going_on_in_the_next_paragraph_is_not_cut() -> None:
    paras = [
        "“We sailed at dawn, as we always do, said my father, and we were home by noon.",
        "“Nobody ever asked us why,” recalled Ana Leroy.",
    ]
    assert texts(paras) == [
        "We sailed at dawn, as we always do, said my father, and we were home by noon. Nobody ever asked us why"
    ]


# -- short words and names are no Title Case -------------------------------------------


def test_speech_of_short_words_and_a_place_name_is_no_title() -> None:
    paras = [
        "“It is not new in North Dakota,” said state senator Ana Holt, who has served since 2004.",
        "“Absolutely not. Absolutely not,” Holt replied when asked if she would run again.",
    ]
    assert quoted(paras) == [
        ("It is not new in North Dakota", "Ana Holt"),
        ("Absolutely not. Absolutely not", "Ana Holt"),
    ]


def test_titles_with_short_function_words_stay_titles() -> None:
    paras = [
        "She starred in “The Boy in the Blue Coat” before moving to the stage.",
        "“Make the Harbour Great Again,” Holt told the crowd, reading from her campaign cap.",
        "Critics praised “Love in the Time of Floods,” her debut, when it came out.",
    ]
    assert texts(paras) == []


# -- a sentence opening on quoted words that go on after a comma ------------------------


def test_words_opening_a_sentence_and_closing_on_a_comma_are_speech() -> None:
    paras = ["“Dover will always be Dover,” an angry Varga retaliated on Monday."]
    assert texts(paras) == ["Dover will always be Dover"]


def test_a_lower_case_term_opening_a_sentence_stays_a_term() -> None:
    paras = ["“special military operation,” as the ministry calls the war, entered its third year."]
    assert texts(paras) == []


def test_a_headline_listed_with_its_author_is_no_quote() -> None:
    paras = [
        "“Harbour town fights to keep its last ferry,” by the Courier’s Jo Marsh: “The council voted on "
        "Monday to end the subsidy that has kept the ferry running since 1952.”"
    ]
    assert "Harbour town fights to keep its last ferry" not in texts(paras)
    kicker = ["JUST OPENED—“Pop-up gallery takes over an empty bank in the old town,” by the Courier’s Jo Marsh."]
    assert texts(kicker) == []


def test_words_by_somebody_inside_a_sentence_stay_a_quote() -> None:
    paras = [
        "According to the Courier, Holt said the “harshness of the remarks, largely unprompted and unfair,” "
        "by Dee last week stood in contrast to the welcome he had received."
    ]
    assert texts(paras) == ["harshness of the remarks, largely unprompted and unfair"]
