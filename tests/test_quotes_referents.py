"""Who a he/she, an organisation's statement or an unattributed quote refers to (issue 11).

Each test serves one general pattern, on invented text (no sentence comes from a
labelled page).
"""

from __future__ import annotations

from extract_helpers import speakers


def test_a_name_in_the_words_a_trailing_he_said_reports_is_not_the_he() -> None:
    # "Taking Oliver to the canal is his favourite part, he said": he is not Oliver.
    found = speakers(
        [
            "Tomas Brandt and his son, Oliver, moved to Leeds last spring. Oliver turned two in May.",
            "Tomas said the garden has been a big help since the move.",
            'Taking Oliver to the canal is his favourite part of the day, he said. "The best bit is watching him '
            'chase the ducks" -- something he never had time for before.',
            'Maria Lund is the best keeper in the league, he said. "Nobody reads the game like that."',
        ]
    )
    assert found == ["Tomas Brandt", "Tomas Brandt"]


def test_a_name_in_an_opening_subordinate_clause_can_still_be_the_he() -> None:
    found = speakers(
        [
            "The ferry was late again on Friday.",
            "When Ansel Moravec reached the pier, the ferry had already gone, he said. "
            '"I have waited here for two hours."',
        ]
    )
    assert found == ["Ansel Moravec"]


def test_an_organisation_noun_opening_the_sentence_is_the_organisation_of_that_kind() -> None:
    # "The union accused …" after the Coastal Riders Union was named: the union speaks.
    found = speakers(
        [
            "The Coastal Riders Union has campaigned against the timetable for years.",
            "The union accused the operator of “treating passengers as an afterthought”.",
        ]
    )
    assert found == ["Coastal Riders Union"]


def test_an_organisation_noun_with_no_organisation_of_that_kind_names_nobody() -> None:
    found = speakers(
        [
            "The Coastal Riders Union has campaigned against the timetable for years.",
            "The ministry accused the operator of “treating passengers as an afterthought”.",
        ]
    )
    assert found == []


def test_a_statement_from_an_organisation_speaks_for_it() -> None:
    found = speakers(
        [
            "Ferries on the northern route have been late all year.",
            "“Every timetable is under review,” a statement from the Department of Harbours said.",
            "“We expect the first changes in May,” the Northwind Transit Authority statement said.",
        ]
    )
    assert found == ["Department of Harbours", "Northwind Transit Authority"]


def test_a_spokesperson_for_an_organisation_is_still_unnamed() -> None:
    found = speakers(
        [
            "Ferries on the northern route have been late all year.",
            "“Every timetable is under review,” a spokesperson for the Department of Harbours said.",
        ]
    )
    assert found == [None]


def test_a_long_capitalised_office_before_the_name_gives_the_holder() -> None:
    found = speakers(
        [
            "Ferries on the northern route have been late all year.",
            "“Every timetable is under review,” said Minister of Transport, Housing and Local Government, "
            "Senator Rowan Adeyemi-Clarke.",
            "“The first changes come in May,” said the Commissioner for Ports and Coastal Affairs, Ines Varga.",
        ]
    )
    assert found == ["Rowan Adeyemi-Clarke", "Ines Varga"]


def test_an_office_followed_by_a_clause_does_not_reach_a_later_name() -> None:
    found = speakers(
        [
            "Ferries on the northern route have been late all year.",
            "“Every timetable is under review,” said the Minister, who met Rowan Clarke on Monday.",
        ]
    )
    assert found != ["Rowan Clarke"]


def test_a_role_word_is_not_given_to_the_object_of_its_verb() -> None:
    # "The singer later hired Tobias Renn": Renn is not the singer the next quote names.
    found = speakers(
        [
            "Mara Quist, a singer from Tromsø, released her first album at sixteen.",
            "The singer later hired Tobias Renn to run her tours.",
            "“He changed everything about how I work,” the singer said.",
        ]
    )
    assert found == ["Mara Quist"]
