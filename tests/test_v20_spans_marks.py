"""Quote spans on invented passages: terms nested in straight marks inside curly, German
and French quotes; quotes left open at a line break inside a paragraph; and the other
quoting styles the rules must keep reading (British ‘…’, „…“, «…», quotes over
paragraphs, scare quotes and titles that are no quotes, a Q&A interview)."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import find_spans, read_marks


def _texts(paragraphs: list[str]) -> list[str]:
    return [q.text for q in find_quotes(paragraphs)]


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


# --- a term in straight marks nested in a curly quote -------------------------------------


def test_a_term_in_straight_marks_nests_inside_a_curly_quote() -> None:
    paragraph = 'Ada Brenner said: “We looked at the "big picture" and decided the club must move on this year.”'
    assert _texts([paragraph]) == ['We looked at the "big picture" and decided the club must move on this year.']


def test_double_primes_nested_in_a_curly_quote_are_read_as_a_nested_term() -> None:
    paragraph = (
        "Ada Brenner said: “We saw the ″big picture″ and decided.” Then she left. “The board will hate it,” she added."
    )
    assert _said([paragraph]) == [
        ('We saw the "big picture" and decided.', "Ada Brenner"),
        ("The board will hate it", "Ada Brenner"),
    ]


def test_a_term_in_straight_marks_nests_inside_german_and_french_quotes() -> None:
    german = 'Ada Brenner sagte: „Wir haben das "große Bild" gesehen und ziehen in diesem Jahr weiter.“'
    french = 'Ada Brenner a déclaré : « Nous avons vu le "tableau" et le club doit avancer cette année. »'
    assert _texts([german]) == ['Wir haben das "große Bild" gesehen und ziehen in diesem Jahr weiter.']
    assert _texts([french]) == ['Nous avons vu le "tableau" et le club doit avancer cette année.']


def test_a_sloppy_curly_then_straight_pair_still_closes() -> None:
    paragraph = '“We will win the league this season," Ada Brenner said. "We always do in the end."'
    assert _said([paragraph]) == [
        ("We will win the league this season", "Ada Brenner"),
        ("We always do in the end.", "Ada Brenner"),
    ]


def test_a_stray_straight_mark_inside_a_curly_quote_does_not_nest() -> None:
    paragraph = "“We were 6 points clear and then it went wrong in the last month,” Ada Brenner said."
    assert _texts([paragraph]) == ["We were 6 points clear and then it went wrong in the last month"]


# --- line breaks inside a paragraph ----------------------------------------------------------


def test_a_quote_left_open_at_a_line_break_goes_on_where_the_next_line_reopens() -> None:
    paragraph = (
        "“We had no choice,” said Ada Brenner, the captain.\n"
        "“If the board decides, we follow. That is how the club works and always has.\n"
        "“Nobody asked the players what they wanted this year,” added Sam Ode, a defender.\n"
        "“We will talk to them now,” he said."
    )
    assert _texts([paragraph]) == [
        "We had no choice",
        "If the board decides, we follow. That is how the club works and always has. "
        "Nobody asked the players what they wanted this year",
        "We will talk to them now",
    ]


def test_a_quote_over_a_line_break_without_a_new_mark_stays_one_quote() -> None:
    paragraph = "Ada Brenner read it out: “We came to play,\nand we came to win this cup for the town,” she said."
    assert _texts([paragraph]) == ["We came to play, and we came to win this cup for the town"]


def test_a_transcripts_turns_on_lines_stay_apart() -> None:
    paragraph = (
        '"BRENNER: We played well in the second half and deserved more.\n'
        '"ODE: I agree with the captain on that, we were the better side."'
    )
    texts = _texts([paragraph])
    assert len(texts) == 2 and texts[1].startswith("ODE:")


def test_a_span_reopened_on_a_line_has_one_part_per_line() -> None:
    spans, masks = find_spans(["“We won the cup.\n“Then we lost the final,” she said."])
    assert [span.parts for span in spans] == [["We won the cup.\n", "Then we lost the final,"]]
    assert masks == [[(0, 42)]]


# --- the other styles still read -------------------------------------------------------------


def test_british_single_marks_with_nested_doubles() -> None:
    paragraphs = [
        "‘We looked at the “big picture” and decided the club must move on,’ said Ada Brenner.",
        "‘It was the only way forward for all of us,’ she added.",
        "The board’s ‘review’ of the season ends in May.",
    ]
    assert _said(paragraphs) == [
        ("We looked at the “big picture” and decided the club must move on", "Ada Brenner"),
        ("It was the only way forward for all of us", "Ada Brenner"),
    ]


def test_french_quotes_with_french_quotes_nested() -> None:
    paragraph = "Ada Brenner a déclaré : « Nous avons vu le « tableau » et le club doit avancer cette année. »"
    assert _texts([paragraph]) == ["Nous avons vu le « tableau » et le club doit avancer cette année."]


def test_a_quote_over_paragraphs_reopened_by_each() -> None:
    paragraphs = [
        "Ada Brenner spoke after the match. “The first half was poor and we know it.",
        "“The second half was better, and the fans saw that,” she said.",
    ]
    assert _said(paragraphs) == [
        ("The first half was poor and we know it. The second half was better, and the fans saw that", "Ada Brenner")
    ]


def test_scare_quotes_and_titles_are_no_quotes() -> None:
    paragraphs = [
        "The film “Harbour Lights” opens on Friday, and the club’s “fan zone” will show it.",
        "Her book, “A Season on the Quay and Other Stories”, sold well.",
    ]
    assert _texts(paragraphs) == []


def test_a_question_and_answer_interview() -> None:
    paragraphs = [
        "Ada Brenner, the captain, talked to us after the final.",
        "Q: How did the season go for the club?",
        "A: “It was hard, but we learned a great deal about ourselves,” Brenner said.",
    ]
    assert _said(paragraphs) == [("It was hard, but we learned a great deal about ourselves", "Ada Brenner")]


def test_read_marks_keeps_the_words_and_the_length_of_look_alike_marks() -> None:
    text = "She said ″go″ and ‛stay’ and left."
    read = read_marks(text)
    assert read == 'She said "go" and ‘stay’ and left.' and len(read) == len(text)


# --- closes typed oddly, quotes left open ----------------------------------------------------


def test_spaces_between_a_nested_single_close_and_the_double_close() -> None:
    paragraph = (
        "''There was a backlash against 'Harbour Nights,'  '' Ada Brenner noted, referring to a memoir. "
        "''That tells me that in the present mood this will not find many readers.''"
    )
    assert _said([paragraph]) == [
        ("There was a backlash against 'Harbour Nights,'", "Ada Brenner"),
        ("That tells me that in the present mood this will not find many readers.", "Ada Brenner"),
    ]


def test_a_left_mark_ending_the_paragraph_closes_a_straight_quote() -> None:
    paragraph = 'The board set out its worries. "A change of course is needed now or this will only get worse.“'
    assert _texts([paragraph]) == ["A change of course is needed now or this will only get worse."]


def test_a_quote_left_open_before_a_new_attributed_quote_ends_there() -> None:
    paragraphs = [
        "Ada Brenner said the mayor came over to her “and said, ‘It is so nice to meet you’ and all the polite "
        "things. I was sort of stunned. “And then she said, ‘Do you understand?’” Brenner said.",
        "“She tried to hold my hand and I walked off. So I left right away,” she said.",
    ]
    assert _texts(paragraphs) == [
        "and said, ‘It is so nice to meet you’ and all the polite things. I was sort of stunned.",
        "And then she said, ‘Do you understand?’",
        "She tried to hold my hand and I walked off. So I left right away",
    ]


def test_speech_recounted_inside_a_quote_over_paragraphs_stays_in_it() -> None:
    paragraphs = [
        "Ada Brenner told the story. “We were at the gate of the yard. “Stop there,” the guard shouted. We ran.",
        "“Then we hid in the shed until dark,” she said.",
    ]
    assert _texts(paragraphs) == [
        "We were at the gate of the yard. “Stop there,” the guard shouted. We ran. Then we hid in the shed until dark"
    ]
