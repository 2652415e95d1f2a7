"""Quote spans, version 19: a real quote is found whatever marks the outlet or the
page's encoding set it in (two apostrophes or backticks for double marks, primes and
other look-alike marks, a straight closing mark after a space, a closing mark left
out), and apostrophes, inch marks and plain words stay no quotes. All text is invented
for these tests."""

from __future__ import annotations

from extract_helpers import quoted
from newstui.extract.quotes import find_quotes


def texts(paragraphs: list[str]) -> list[str]:
    """The text of each quote find_quotes finds, in order."""
    return [q.text for q in find_quotes(paragraphs)]


# -- two apostrophes or backticks standing for a double mark -------------------------


def test_two_apostrophes_quote_like_a_double_mark() -> None:
    paras = [
        "''We will not sell the harbour to anybody,'' the mayor, Ilse Varga, said on Monday. ''It isn't ours to sell.''"
    ]
    assert quoted(paras) == [
        ("We will not sell the harbour to anybody", "Ilse Varga"),
        ("It isn't ours to sell.", "Ilse Varga"),
    ]


def test_backticks_open_and_two_apostrophes_close() -> None:
    paras = ["``The ferry has never once been on time this winter,'' said Tom Achterberg, a commuter."]
    assert quoted(paras) == [("The ferry has never once been on time this winter", "Tom Achterberg")]


def test_apostrophes_in_a_word_and_a_plural_possessive_are_no_marks() -> None:
    paras = [
        "The drivers' union said the schedule wasn't fair, and the owners' group didn't reply.",
        "Rock 'n' roll nights at the pier drew a crowd of 90s fans.",
    ]
    assert texts(paras) == []


# -- marks that look like double marks ---------------------------------------------


def test_double_primes_and_other_look_alike_marks_quote() -> None:
    paras = [
        "\u2033We will rebuild the sea wall before the spring tides,\u2033 said engineer Pia Lund.",
        "\u201fNobody should have to sleep in a car this winter,\u201d said council leader Omar Diab.",
    ]
    assert quoted(paras) == [
        ("We will rebuild the sea wall before the spring tides", "Pia Lund"),
        ("Nobody should have to sleep in a car this winter", "Omar Diab"),
    ]


def test_a_prime_after_a_number_is_a_measure_not_a_quote() -> None:
    paras = ["The boards are 6\u2033 wide and 12\u2032 long, the carpenter Pia Lund said at the yard."]
    assert texts(paras) == []


# -- a straight closing mark set after a space -----------------------------------------


def test_a_straight_closing_mark_after_a_comma_and_a_space_closes() -> None:
    paras = ['"We will not give the land back to the developers, " said the farmer, Jonas Weir, on Friday.']
    assert quoted(paras) == [("We will not give the land back to the developers", "Jonas Weir")]


def test_an_inch_mark_inside_a_straight_quote_does_not_close_it() -> None:
    paras = ['"The pipe under the bridge is only 12 " wide and it floods every year," said Jonas Weir.']
    assert quoted(paras) == [('The pipe under the bridge is only 12 " wide and it floods every year', "Jonas Weir")]


# -- an opening mark glued to the comma before it --------------------------------------


def test_a_curly_opening_mark_glued_after_a_comma_opens() -> None:
    paras = ["Mayor Ines Varga said,“Look, nobody here wants the harbour closed. We will find the money.”"]
    assert quoted(paras) == [("Look, nobody here wants the harbour closed. We will find the money.", "Ines Varga")]


def test_a_doubled_left_mark_closing_after_a_comma_still_closes() -> None:
    paras = ["“Nobody can park outside any more, so nobody comes in,“Rashid Omar said. “It is hard.”"]
    assert quoted(paras) == [
        ("Nobody can park outside any more, so nobody comes in", "Rashid Omar"),
        ("It is hard.", "Rashid Omar"),
    ]


def test_a_left_mark_ending_its_paragraph_closes_the_quote() -> None:
    paras = [
        "“The voters can look at the numbers and see who can win in November,” Ana Holt said. “They know it. “",
        "This story has been updated.",
    ]
    assert quoted(paras) == [
        ("The voters can look at the numbers and see who can win in November", "Ana Holt"),
        ("They know it.", "Ana Holt"),
    ]


def test_a_left_mark_inside_a_quote_before_words_still_nests() -> None:
    paras = ["“She told me “never again” and meant it every time,” Ana Holt said."]
    assert quoted(paras) == [("She told me “never again” and meant it every time", "Ana Holt")]
