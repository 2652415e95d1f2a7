"""Words before a name that a reader does not take as part of it, and title words that are
given names (invented sentences; patterns seen in real sports, police and politics copy).

- a nationality noun ("Frenchman", "Dutchman", "Spaniard", "Briton") opens a description,
  as an adjective ("Russian") does: it is not the speaker's first name;
- police ranks written short ("Const.", "Cst.", "Insp.") are titles, and their dot does not
  end the sentence;
- "Dean" and "Junior" are titles before a full name ("Dean Maria Lopez") but given names
  before a lone surname ("MP Dean Halvorsen", "linebacker Junior Talese", "Dean Del Rio").
"""

from __future__ import annotations

import pytest

from newstui.extract import find_quotes


def speakers(*paragraphs: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(list(paragraphs))]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“I played the match of my life,” said 114th-ranked Frenchman Pierre Lamotte.", "Pierre Lamotte"),
        ("“Nobody told us,” said Dutchman Joost Verbeek.", "Joost Verbeek"),
        ("“We found out from the radio,” said Briton Alan Hale.", "Alan Hale"),
        ("“It was close,” Spaniard Carla Ruiz said after the race.", "Carla Ruiz"),
    ],
)
def test_a_nationality_noun_is_not_the_first_name(paragraph: str, speaker: str) -> None:
    assert speakers(paragraph) == [speaker]


def test_the_surname_alone_later_finds_the_person_after_a_nationality_noun() -> None:
    found = speakers(
        "The top seed was beaten by Frenchman Pierre Lamotte on Tuesday.",
        "“I played the match of my life,” Lamotte said.",
    )
    assert found == ["Pierre Lamotte"]


@pytest.mark.parametrize("rank", ["Const.", "Cst.", "Insp."])
def test_short_police_ranks_are_titles(rank: str) -> None:
    found = speakers(f"“The road was closed for six hours,” said {rank} Mara Delisle of the provincial police.")
    assert found == ["Mara Delisle"]


def test_given_name_titles_before_a_lone_surname_are_given_names() -> None:
    assert speakers("“We will vote against it,” said MP Dean Halvorsen.") == ["Dean Halvorsen"]
    assert speakers(
        "Veteran linebacker Junior Talese signed a one-year deal.", "“I still have something left,” Talese said."
    ) == ["Junior Talese"]
    assert speakers("“It is a bad bill,” said MP Dean Del Rio.") == ["Dean Del Rio"]


def test_the_same_words_before_a_full_name_stay_titles() -> None:
    assert speakers("“The faculty is united,” said Dean Maria Lopez of the law school.") == ["Maria Lopez"]
    assert speakers("Junior Minister Ann Toll spoke first.", "“We are ready,” Toll said.") == ["Ann Toll"]
