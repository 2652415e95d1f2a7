"""Name cleaning around speakers: office titles before a name, letters after it,
lower-case particles inside it. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Tanaiste Maeve Hollis spoke in Dublin.", "“We will not rush into anything,” she said."], "Maeve Hollis"),
        (["“The vote is next week,” said Councillor Dev Anand Roy."], "Dev Anand Roy"),
        (["“There was no intent to harm anyone,” said Martin Hale QC, for the defence."], "Martin Hale"),
        (["“It is a proud day for the valley,” said Ruth Cole MEP."], "Ruth Cole"),
        (["“It is a proud day for the valley,” said Dame Alice Brooke OBE."], "Alice Brooke"),
        (["“The museum reopens in spring,” said Amélie des Rosiers, its director."], "Amélie des Rosiers"),
        (["“The trials begin at once,” said Paola dei Conti."], "Paola dei Conti"),
    ],
)
def test_speaker_name_is_cleaned(paragraphs: list[str], speaker: str) -> None:
    assert [q.speaker for q in find_quotes(paragraphs)] == [speaker]


def test_a_surname_after_post_nominals_still_resolves() -> None:
    paras = [
        "“There was no intent to harm anyone,” said Martin Hale QC, for the defence.",
        "“He acted in panic,” Mr Hale told the jury.",
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Martin Hale", "Martin Hale"]


@pytest.mark.parametrize(
    "quote",
    ["“I was bullied at school,” she said.", "“I was bullied at school,” the singer said."],
)
def test_a_common_nouns_possessive_opening_a_title_is_no_person(quote: str) -> None:
    paras = [
        "Lila Marsh grew up on a farm with nine brothers.",
        f"In 2015 the famous singer spoke to Woman’s Weekly about her youth. {quote}",
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Lila Marsh"]
