"""Quote finder, version 12: the form of speakers' names, and capitalised phrases that
name nobody. All text is invented for these tests."""

from __future__ import annotations

import pytest

from extract_helpers import speakers
from newstui.extract.names import Registry, scan

# -- titles and roles are not part of the name ---------------------------------


@pytest.mark.parametrize(
    "title",
    ["Major-Gen", "Lt-Col", "Brig-Gen", "Acme Editor-in-Chief", "Harbour Vice-Chancellor", "Attorney-General"],
)
def test_a_hyphenated_rank_or_office_is_a_title(title: str) -> None:
    paras = [
        f"{title} Tomas Verhoek addressed the inquiry on Monday.",
        "“We had no warning of the flood,” Verhoek said.",
    ]
    assert speakers(paras) == ["Tomas Verhoek"]


def test_a_double_barrelled_surname_stays_in_the_name() -> None:
    paras = ["“The vote was fair,” said Nandi Mokoena-Baxter, the party's treasurer."]
    assert speakers(paras) == ["Nandi Mokoena-Baxter"]


def test_a_hometown_after_a_titled_name_is_not_part_of_it() -> None:
    paras = [
        "House Minority Leader Dana Whitcombe of Fort Ellis said the budget left rural schools behind.",
        "“We cannot keep asking teachers to buy their own chalk,” Whitcombe said.",
    ]
    assert speakers(paras) == ["Dana Whitcombe"]


def test_a_body_named_with_of_still_runs_on() -> None:
    paras = ["“Roads will close at noon,” the Department of Transportation said in a statement."]
    assert speakers(paras) == ["Department of Transportation"]


# -- a later short form with its particles ----------------------------------------


@pytest.mark.parametrize("full,short", [("Rosario De La Cruz", "De La Cruz"), ("Willem Van Der Berg", "Van Der Berg")])
def test_a_capitalised_particle_surname_is_the_full_name(full: str, short: str) -> None:
    paras = [
        f"{full} has led the drivers' branch since 2019.",
        "Pay talks stalled in spring.",
        f"{short} said, “Our members are ready to walk out.”",
    ]
    assert speakers(paras) == [full]


# -- phrases that are not people ----------------------------------------------------


def _kinds(paragraph: str) -> dict[str, str]:
    registry = Registry()
    mentions = scan(paragraph, registry, set(), {0})
    return {m.entity.name: m.entity.kind for m in mentions}


def test_the_title_of_a_work_names_nobody() -> None:
    paras = [
        "Lerato Dube's novel entitled Quiet Harbour Lights comes out in June.",
        "Quiet Harbour Lights follows two sisters.",
        "“I wanted a book that makes people laugh,” she said.",
    ]
    assert speakers(paras) == ["Lerato Dube"]
    assert "Quiet Harbour Lights" not in _kinds(paras[0])


def test_a_run_before_a_number_is_a_body_and_one_word_before_a_number_is_nothing() -> None:
    kinds = _kinds("Members of Boilermakers Local 212 met at a Level 3 alert near the Phase 2 site.")
    assert kinds.get("Boilermakers Local") == "org"
    assert "Level" not in kinds and "Phase" not in kinds


def test_a_score_after_a_name_keeps_the_person() -> None:
    assert _kinds("Then Jana Novak 6-4 in the final set.").get("Jana Novak") == "person"


def test_a_place_with_its_state_after_it_is_a_place() -> None:
    assert _kinds("Workers rallied in Cedar Falls, Iowa, on Friday.").get("Cedar Falls") == "place"


def test_a_person_with_a_lower_case_role_after_the_country_stays_a_person() -> None:
    assert _kinds("said Karim Haddad, Tunisia director for the group.").get("Karim Haddad") == "person"


def test_a_departments_tail_is_a_body() -> None:
    paras = [
        "The MEC for Roads and Public Affairs, Sipho Ndlovu, opened the bridge.",
        "“This bridge will carry ten thousand cars a day,” he said.",
    ]
    assert _kinds(paras[0]).get("Public Affairs") == "org"
    assert speakers(paras) == ["Sipho Ndlovu"]


def test_an_initialism_of_a_thing_names_nobody() -> None:
    kinds = _kinds("Alerts go out by SMS and email, and AI sorts them.")
    assert "SMS" not in kinds and "AI" not in kinds


def test_a_company_ending_in_ai_is_a_body() -> None:
    assert _kinds("The startup Lattice AI raised money.").get("Lattice AI") == "org"


def test_an_event_named_camp_is_no_person() -> None:
    paras = [
        "Ridgeway announced new features at its annual Camp Ridgeway event on Thursday.",
        "“We want every runner to feel seen,” the company said.",
    ]
    assert _kinds(paras[0]).get("Camp Ridgeway") != "person"
    assert speakers(paras) != ["Camp Ridgeway"]


@pytest.mark.parametrize(
    "office", ["Minister of Water and Sanitation", "Commissioner for Roads, Bridges and Transport", "Chairperson"]
)
def test_an_office_opening_a_sentence_is_the_holder_named_after_it(office: str) -> None:
    paras = [
        "Villagers say the pipes have been dry since June.",
        f"{office}, Thabo Nkosi, would not give a date and only said: “Write to the department.”",
    ]
    assert speakers(paras) == ["Thabo Nkosi"]


def test_an_office_after_a_quote_still_names_its_holder() -> None:
    paras = ["“The pipes will be fixed,” Minister of Water and Sanitation, Thabo Nkosi, told reporters."]
    assert speakers(paras) == ["Thabo Nkosi"]
