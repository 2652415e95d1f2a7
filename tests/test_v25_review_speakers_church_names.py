"""A given name that is also a church's name ("Emmanuel Church") keeps the church (version
25 review): v25 reads one or two given names before "Court" or "Church" as a person's
whole name ("Mary Ellen Church"), and "Emmanuel" is both. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract import names
from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize("words", ["Emmanuel Church", "Immanuel Church", "Grace Church"])
def test_a_church_named_for_a_given_name_is_no_person(words: str) -> None:
    assert names.classify(words.split())[2] != "person"


def test_people_so_named_stay_people() -> None:
    assert names.classify(["Mary", "Ellen", "Church"])[2] == "person"
    quotes = find_quotes(["Emmanuel Okafor runs the shelter.", "“We need forty more beds this winter,” Okafor said."])
    assert [q.speaker for q in quotes] == ["Emmanuel Okafor"]
