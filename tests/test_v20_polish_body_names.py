"""Version 20: a name is not cut after a word that can lead an office: a body named with a
department's words ("Homeland Security Investigations", "Health Protection Agency") keeps
them all, and a pageant's title after an honorific ("Miss Universe Jo Dee") is no part of
the winner's name. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers


@pytest.mark.parametrize("body", ["Homeland Security Investigations", "Health Protection Agency"])
def test_a_body_named_with_a_departments_words_keeps_them(body: str) -> None:
    text = f"“Agents seized forty kilograms of the drug at the port,” {body} said."
    assert speakers(["The raid ended before dawn.", text]) == [body]


def test_the_department_before_a_ministers_name_is_still_an_office() -> None:
    text = "“Agents seized forty kilograms of the drug at the port,” Homeland Security Kristi Noem said."
    assert speakers(["The raid ended before dawn.", text]) == ["Kristi Noem"]


@pytest.mark.parametrize("title", ["Miss Universe", "Miss World", "Mr. Olympia"])
def test_a_pageant_title_is_no_part_of_the_winners_name(title: str) -> None:
    paragraphs = [
        "The contest ended on Sunday.",
        f"“I was treated very badly during that whole year,” {title} Alicia Moraga said.",
        "“Nobody asked me what I wanted to do next,” Moraga said.",
    ]
    assert speakers(paragraphs) == ["Alicia Moraga", "Alicia Moraga"]
