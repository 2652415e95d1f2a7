"""Straight single quote marks ('…') as UK tabloids print them, with apostrophe traps.

All text is invented for these tests.
"""

from __future__ import annotations

from extract_helpers import quoted


def test_ascii_single_marks_open_and_close_around_apostrophes() -> None:
    paras = [
        "Harbour master Gwen Tallis said the storm of the '90s was nothing like this one.",
        "'We don't know what James' boat will look like by morning,' Ms Tallis said.",
        "The fishermen's co-op met at the Anchor, a rock 'n' roll bar where they'd gathered since 1987.",
        "'It's the worst I've seen in thirty years of this job. Nobody's going out until it's calm.'",
    ]
    got = quoted(paras)
    assert got == [
        ("We don't know what James' boat will look like by morning", "Gwen Tallis"),
        ("It's the worst I've seen in thirty years of this job. Nobody's going out until it's calm.", "Gwen Tallis"),
    ]


def test_ascii_single_quote_over_paragraphs_and_after_a_colon() -> None:
    paras = [
        "Councillor Ravi Mehta told the meeting: 'The bridge has stood since the war.",
        "'But the engineers' report leaves us no choice. It shuts on Monday.'",
        "Residents called the decision 'heartless' and said they'd fight it.",
    ]
    got = quoted(paras)
    assert got[0] == (
        "The bridge has stood since the war. But the engineers' report leaves us no choice. It shuts on Monday.",
        "Ravi Mehta",
    )
    assert all("they'd" not in text for text, _ in got)


def test_a_one_word_ascii_quote_before_a_noun_closes() -> None:
    paras = [
        "Critics mocked the minister's 'visionary' budget, and rivals called it "
        "'a fantasy from start to finish' on Tuesday.",
    ]
    texts = [t for t, _ in quoted(paras)]
    assert "visionary' budget" not in " ".join(texts)


def test_apostrophes_alone_make_no_quotes() -> None:
    paras = [
        "The Joneses' dog ran off in the '80s and came back with 'em all in tow.",
        "It's a rock 'n' roll story, and the kids' favourite, 'til the day they'd move away.",
    ]
    assert quoted(paras) == []


def test_double_mark_articles_keep_reading_double_marks() -> None:
    paras = [
        "\"We'll open the doors at nine,\" said manager Lena Ortiz, who's run the shop since the '90s.",
        "The shop's 'summer sale' draws crowds every year.",
    ]
    got = quoted(paras)
    assert got == [("We'll open the doors at nine", "Lena Ortiz")]


def test_straight_quote_marks_with_curly_apostrophes_keep_the_text_as_printed() -> None:
    paras = [
        "Harbour master Gwen Tallis said the storm of the ’90s was nothing like this.",
        "'We don’t know what James’ boat will look like by morning,' Ms Tallis said.",
        "'It’s the worst I’ve seen.",
        "'Nobody’s going out.'",
    ]
    assert quoted(paras) == [
        ("We don’t know what James’ boat will look like by morning", "Gwen Tallis"),
        ("It’s the worst I’ve seen. Nobody’s going out.", "Gwen Tallis"),
    ]


def test_a_straight_single_quote_after_a_colon_in_a_double_mark_article() -> None:
    paras = [
        '"We did our best," coach Nia Hart said after the match.',
        "Club captain Leon Fry told reporters: 'We don't need excuses, we need points.'",
        "Fans called it the club's worst run since the '70s.",
    ]
    assert quoted(paras) == [
        ("We did our best", "Nia Hart"),
        ("We don't need excuses, we need points.", "Leon Fry"),
    ]
