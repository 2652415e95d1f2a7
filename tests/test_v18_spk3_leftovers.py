"""Leftover speaker patterns of version 18 (found on PolNeAR's train split; invented text):
the he/she after "when I asked X …," is who answered; a place or demonym before a colon
speaks no words; a surname or he/she after an opening phrase, then a joined participle
("…, saying, “…”"), speaks; an "according to" in a later sentence does not take a quote
from the person who just told an outlet."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(list(paragraphs))]


def test_when_i_asked_a_person_then_she_said() -> None:
    """'When I asked X if …, she … and said, “…”': the writer asks, the one asked answers;
    the "I" of the opening clause is no subject of the main clause's verbs."""
    speakers = _speakers(
        "Maya Lund spoke to the club on Monday.",
        "Last week, when I asked Dana Cole if she would run again, she shook her head and said,"
        " “Not in a hundred years, and you can print that.”",
    )
    assert speakers == ["Dana Cole"]


def test_place_before_a_colon_is_no_speaker() -> None:
    """'At a town hall in Dayton, Ohio, on Friday, Cole was blunt: “…”': the place named
    in the opening phrase is where, not who."""
    speakers = _speakers(
        "Dana Cole toured the state this week.",
        "At a town hall in Dayton, Ohio, on Friday, Cole was blunt: “We will not close a single school here.”",
    )
    assert speakers == ["Dana Cole"]


def test_demonym_object_before_a_colon_is_no_speaker() -> None:
    """'… but he gave the Texan a faint compliment: “…”': "the Texan" is the object the
    compliment went to; the he speaks."""
    speakers = _speakers(
        "Senator Ray Quint met Sam Pike on Monday.",
        "Quint said both men were “decent people in the end,” but he gave the Texan a faint compliment:"
        " “You always know where he stands on the issues.”",
    )
    assert speakers == ["Ray Quint", "Ray Quint"]


def test_surname_then_participle_saying() -> None:
    """'At the forum, Cole compared herself to Lund, saying, “…”': a bare surname opening
    the clause, right before its verb, is the subject the participle shares."""
    speakers = _speakers(
        "Maya Lund spoke on Monday.",
        "At Friday night’s forum, Cole compared herself to Lund, saying, “I never take money from the banks.”",
    )
    assert speakers == ["Cole"]


def test_pronoun_after_opening_phrase_then_statement_saying() -> None:
    """'At the time, she released a statement saying, “…”': the he/she after a short
    opening phrase is the subject a participle shares, not the last speaker before."""
    speakers = _speakers(
        "Dana Cole founded the shoe firm in 2009 and sold it last year to Acme Shoes."
        " “It was a fair price,” Acme chief Sam Pike said then.",
        "At the time, she released a statement saying, “The buyer has been a trusted partner for many years.”",
    )
    assert speakers == ["Sam Pike", "Dana Cole"]


def test_according_to_in_a_later_sentence() -> None:
    """'“…,” she told Valley Radio. “….” Her win … , according to the Valley Times.': the
    "according to" belongs to the new sentence after the quote, which goes on with her."""
    speakers = _speakers(
        "Dana Cole praised Sam Pike. “We all need him on the council,” she told Valley Radio in May."
        " “He works harder than anyone I know.” Pike's win in the county was also due to farmers,"
        " according to the Valley Times."
    )
    assert speakers == ["Dana Cole", "Dana Cole"]


def test_according_to_right_after_quote_still_names() -> None:
    """Guard: '“….” According to Jo Marsh, …' is not touched; '“…,” according to Jo Marsh.' still names Marsh."""
    speakers = _speakers("“The roads will reopen on Tuesday,” according to Jo Marsh, the county engineer.")
    assert speakers == ["Jo Marsh"]


def test_with_a_name_shouting_before_a_colon() -> None:
    """'…, with Dana Cole reportedly shouting: “…”': the subject of an absolute "with"
    phrase right before the colon shouts the quote, not a name of the clause before."""
    speakers = _speakers(
        "Dana Cole held a rally on Friday.",
        "At the rally in Dayton, Ohio, two of her fans shoved a Harbour Watch volunteer, with Cole reportedly"
        " shouting: “Take him out of this hall right now!”",
    )
    assert speakers == ["Dana Cole"]


def test_named_clause_after_a_semicolon_keeps_its_quote() -> None:
    """'Dana Cole said …; Sam Pike called it “…”': the clause after the semicolon has its
    own named subject, whose words the partial quote is, not the earlier verb's."""
    speakers = _speakers(
        "Dana Cole said the budget was sound; Sam Pike called it “a reckless gamble with our savings.”"
    )
    assert speakers == ["Sam Pike"]


def test_semicolon_then_unnamed_clause_unchanged() -> None:
    """Guard: 'Dana Cole said the budget was sound; it would “save the county millions.”'
    still reads as Cole's reported words."""
    speakers = _speakers("Dana Cole said the budget was sound; it would “save the county millions of dollars.”")
    assert speakers == ["Dana Cole"]


def test_asked_person_of_the_other_gender_is_not_the_pronoun() -> None:
    """Guard: 'When I asked Mary Cole about the plan, he …': a he is not the woman asked."""
    speakers = _speakers(
        "Sam Pike runs the county board.",
        "When I asked Mary Cole about the plan, he shook his head and said, “Not in a hundred years, no way.”",
    )
    assert speakers != ["Mary Cole"]


def test_sentence_opening_when_i_asked() -> None:
    """'When I asked Dana Cole …, she said': the "I" opening the subordinate clause is no
    subject of the main clause."""
    speakers = _speakers(
        "Maya Lund spoke to the club on Monday.",
        "When I asked Dana Cole about the plan, she shook her head and said, “Not in a hundred years, no way.”",
    )
    assert speakers == ["Dana Cole"]
