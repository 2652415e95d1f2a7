"""Review of version 21's mis-decoded names ("JosÃ© Marrero" read whole): a lead byte of
UTF-8 read as "Â" gives a symbol, never a letter ("Â\xa0" is a no-break space, "Â£" a
pound sign), so it joins no word to the next: "Helen VidalÂ\xa0said" is a name and its
verb, not one word. Invented text."""

from __future__ import annotations

from extract_helpers import speakers


def _one(paragraphs: list[str]) -> str:
    found = speakers(paragraphs)
    assert len(found) == 1 and found[0] is not None
    return found[0]


def test_a_mis_decoded_no_break_space_ends_the_name_before_its_verb() -> None:
    name = _one(
        ["Helen VidalÂ\xa0said on Tuesday that the town would “rebuild the old bridge before the winter floods come.”"]
    )
    assert name.startswith("Helen Vidal") and "said" not in name


def test_a_mis_decoded_no_break_space_after_the_name_keeps_the_speaker() -> None:
    name = _one(
        ["“We will rebuild the old bridge before the winter floods come,” said Mayor Helen VidalÂ\xa0on Tuesday."]
    )
    assert name.startswith("Helen Vidal") and " on" not in name


def test_guard_a_mis_decoded_accented_name_is_still_read_whole() -> None:
    assert speakers(
        ["“We will rebuild the old bridge before the winter floods come,” said PeÃ±a Marrero, the mayor."]
    ) == ["PeÃ±a Marrero"]


def test_guard_a_name_mis_decoded_twice_is_still_read_whole() -> None:
    # "ç" mis-decoded twice: "Ã§" and then "Ã\x83Â§".
    assert speakers(
        ["“We will rebuild the old bridge before the winter floods come,” said FranÃ\x83Â§ois Dumont, the mayor."]
    ) == ["FranÃ\x83Â§ois Dumont"]
