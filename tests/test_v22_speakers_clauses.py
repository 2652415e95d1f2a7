"""A clause after a quote that opens on "while", "whereas", "although" … (version 22) is
another clause with a subject of its own, no attribution of the quote: its subject says
something else. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_a_while_clause_after_the_quote_names_nobody_who_said_it() -> None:
    text = (
        "The harbour board said it “will not back any plan this year,” while Tidewater Sen. Omar Villet"
        " suggested he would only offer conditional support."
    )
    assert "Omar Villet" not in _speakers([text])


def test_a_role_word_before_the_name_still_counts() -> None:
    assert _speakers(["“We will not back any plan this year,” harbour board chair Omar Villet suggested."]) == [
        "Omar Villet"
    ]


def test_a_name_then_she_said_opens_the_next_quote() -> None:
    # "and Sara Quist, she said, “…”": "she" is the verb's subject; Quist opens another
    # clause, so the first quote is not hers.
    text = (
        "Dana Prell echoed the attack, saying the mayor “reminds us every day that he works for the donors”"
        " and Sara Quist, she said, “shows him for what he is.”"
    )
    assert _speakers([text])[0] == "Dana Prell"


def test_an_apposition_then_the_verb_still_names_the_speaker() -> None:
    text = "“We cannot wait,” Callan Spicher, vice president of Spicher Appliances told us."
    assert _speakers([text]) == ["Callan Spicher"]


def test_a_verb_and_colon_after_a_finished_quote_introduce_the_next_one() -> None:
    paras = [
        "“We came here for safety,” Ms. Alawee said. “We are not a danger to anybody.” Mr. Zahed said:"
        " “The attack today was the work of criminals. We ran from attacks like it.”"
    ]
    assert _speakers(paras) == ["Alawee", "Alawee", "Zahed"]
