"""find_quotes on British-style quoting (‘…’ primary, “…” nested) and on colon introductions."""

from __future__ import annotations

from extract_helpers import quoted


def test_single_marks_with_nested_doubles_are_the_quote_marks() -> None:
    # The nested “…” used to count as a double-quote article: nothing was found.
    assert quoted(["Transport Secretary Mona Fairley said: ‘Travellers call it “a lottery” and they are right.’"]) == [
        ("Travellers call it “a lottery” and they are right.", "Mona Fairley")
    ]


def test_apostrophes_inside_single_quotes_are_letters() -> None:
    assert quoted(
        [
            "Council leader Petra Osei spoke after the vote.",
            "‘We don’t think the ’90s plan works, and James’ team agrees with us,’ she said.",
            "‘The residents’ group was right all along,’ Osei added.",
        ]
    ) == [
        ("We don’t think the ’90s plan works, and James’ team agrees with us", "Petra Osei"),
        ("The residents’ group was right all along", "Petra Osei"),
    ]


def test_nested_doubles_with_a_possessive_before_the_close() -> None:
    assert quoted(
        ["The coach, Ivo Brandt, said: ‘It was what the papers called “a collapse”, and the players’ heads dropped.’"]
    ) == [("It was what the papers called “a collapse”, and the players’ heads dropped.", "Ivo Brandt")]


def test_told_reporters_colon_attributes_to_the_subject() -> None:
    assert quoted(["Harbour master Lena Vogt told reporters: ‘The channel stays shut until the wreck is lifted.’"]) == [
        ("The channel stays shut until the wreck is lifted.", "Lena Vogt")
    ]
    assert quoted(["Lena Vogt told reporters:", "“The channel stays shut until the wreck is lifted.”"]) == [
        ("The channel stays shut until the wreck is lifted.", "Lena Vogt")
    ]


def test_said_colon_attributes_to_the_subject() -> None:
    assert quoted(["Asked about the delay, Lena Vogt said: “Nobody will sail before Friday at the earliest.”"]) == [
        ("Nobody will sail before Friday at the earliest.", "Lena Vogt")
    ]


def test_american_article_with_nested_singles_is_unchanged() -> None:
    assert quoted(["“He told me ‘not today’ and walked off,” said Rosa Ferrand.", "Critics called it ‘a stunt’."]) == [
        ("He told me ‘not today’ and walked off", "Rosa Ferrand")
    ]


def test_colon_introduced_single_quote_in_a_double_quote_article() -> None:
    # Wire copy mixing styles: the ‘…’ after "told the BBC:" is a quote too.
    assert quoted(
        [
            "Harbour master Lena Vogt told the BBC: ‘The channel stays shut until the wreck is lifted.’",
            "She added: “Nobody will sail before Friday, and the ferry company knows it.”",
            "Locals call the wreck ‘the old lady’.",
        ]
    ) == [
        ("The channel stays shut until the wreck is lifted.", "Lena Vogt"),
        ("Nobody will sail before Friday, and the ferry company knows it.", "Lena Vogt"),
    ]
