"""Review of v24's ranks before a role ("the deputy mayor is not the mayor"). Two
overreaches: an assistant or associate professor is a professor and an associate justice
a justice, yet "the professor said" passed them over for whoever was named last (a
student); and "the mayor" skipped a deputy mayor in the look-back but then fell back to
that same deputy as the nearest person, though the docs say "the mayor" is never
somebody introduced as deputy mayor. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        ("Associate Professor Ann Toll led the bird count on Pell Island.", "professor"),
        ("Ann Toll, an assistant professor of biology, led the bird count on Pell Island.", "professor"),
        ("Associate Justice Ann Toll wrote the harbour ruling.", "justice"),
    ],
)
def test_a_graded_professor_or_justice_is_the_professor_or_justice(intro: str, role: str) -> None:
    found = find_quotes(
        [
            intro,
            "Tom Crane, a student, helped her count the terns on the cliffs.",
            f"“The numbers surprised every one of us this year,” the {role} said.",
        ]
    )
    assert [q.speaker for q in found] == ["Ann Toll"]


def test_the_mayor_is_never_the_deputy_mayor_named_before() -> None:
    found = find_quotes(
        [
            "Deputy Mayor Tom Crane cut the ribbon at the harbour fair.",
            "“The fair will come back next spring with twice the stalls,” the mayor said.",
        ]
    )
    assert [q.speaker for q in found] == [None]


def test_the_deputy_mayor_is_still_found_and_the_mayor_still_named() -> None:
    found = find_quotes(
        [
            "Deputy Mayor Tom Crane cut the ribbon at the harbour fair.",
            "“The fair will come back next spring,” the deputy mayor said.",
            "Mayor Ann Toll watched the boats. “It is the best fair yet,” the mayor said.",
        ]
    )
    assert [q.speaker for q in found] == ["Tom Crane", "Ann Toll"]
