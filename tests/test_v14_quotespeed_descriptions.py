"""Descriptions in long articles: "the baker", "the 56-year-old", "the senator", "the
Ohio Democrat", "the group" name whoever the article introduced that way, however far
back, and the latest one so introduced when two people (or bodies) share the description.
`Descriptions` files each introduction in an index built as far as a description looks
back; these tests fail if the index loses the early paragraphs or keeps an older entry
over a newer one. All text is invented for these tests."""

from __future__ import annotations

import pytest

from extract_helpers import quoted, speakers


def _filler(count: int) -> list[str]:
    """Paragraphs naming nobody: a long stretch between an introduction and its description."""
    return [
        f"The tide tables for week {k} were printed on blue paper and pinned to the harbour wall."
        for k in range(1, count + 1)
    ]


# Right before the description, somebody else stands as the subject: with the first
# introduction lost, "the baker" would fall back to this latest person.
_BYSTANDER = "Piotr Nowak, who runs the ferry, waved from the pier as the boats came in."


@pytest.mark.parametrize("gap", [3, 40, 150])
@pytest.mark.parametrize(
    ("introduction", "description", "speaker"),
    [
        (
            "Marta Lindqvist, a baker from Harbourside, opened her shop on the quay in 1991.",
            "the baker",
            "Marta Lindqvist",
        ),
        (
            "Marta Lindqvist, 56, opened her shop on the quay in 1991.",
            "the 56-year-old",
            "Marta Lindqvist",
        ),
        (
            "Sen. Ruth Adebayo toured the quay with the harbour board in the spring.",
            "the senator",
            "Ruth Adebayo",
        ),
        (
            "Rep. Dale Hendricks (D-Ohio) toured the quay with the harbour board in the spring.",
            "the Ohio Democrat",
            "Dale Hendricks",
        ),
        (
            "Italian striker Marco Rossi signed for the harbour club in the spring.",
            "the Italian",
            "Marco Rossi",
        ),
        (
            "Former minister Agnes Tull still walks the quay every morning.",
            "the ex-minister",
            "Agnes Tull",
        ),
    ],
)
def test_a_description_names_a_person_introduced_far_back(
    introduction: str, description: str, speaker: str, gap: int
) -> None:
    paragraphs = [
        introduction,
        *_filler(gap),
        _BYSTANDER,
        f"“We never closed, not even in the floods of that winter,” {description} said.",
    ]
    assert speakers(paragraphs) == [speaker]


@pytest.mark.parametrize("gap", [3, 40, 150])
@pytest.mark.parametrize(
    ("first", "later", "description", "speaker"),
    [
        (
            "Marta Lindqvist, a baker from Harbourside, opened her shop on the quay in 1991.",
            "Jonas Berg, a baker from the hill district, opened a second shop last year.",
            "the baker",
            "Jonas Berg",
        ),
        (
            "Marta Lindqvist, 56, opened her shop on the quay in 1991.",
            "Jonas Berg, 56, opened a second shop last year.",
            "the 56-year-old",
            "Jonas Berg",
        ),
        (
            "Sen. Ruth Adebayo toured the quay with the harbour board in the spring.",
            "Sen. Colm Brady toured the hill district in the autumn.",
            "the senator",
            "Colm Brady",
        ),
        (
            "Italian striker Marco Rossi signed for the harbour club in the spring.",
            "Italian winger Luca Ferri signed for the hill club in the autumn.",
            "the Italian",
            "Luca Ferri",
        ),
    ],
)
def test_the_latest_person_introduced_so_wins(first: str, later: str, description: str, speaker: str, gap: int) -> None:
    paragraphs = [
        first,
        *_filler(gap),
        later,
        *_filler(gap),
        _BYSTANDER,
        f"“We never closed, not even in the floods of that winter,” {description} said.",
    ]
    assert speakers(paragraphs) == [speaker]


def test_each_description_in_a_long_article_names_the_person_introduced_last_before_it() -> None:
    """Descriptions at several points of one article each look back from where they
    stand: one before the second introduction still names the first baker."""
    paragraphs = [
        "Marta Lindqvist, a baker from Harbourside, opened her shop on the quay in 1991.",
        *_filler(60),
        _BYSTANDER,
        "“Flour prices doubled in a single month this year,” the baker said.",
        "Jonas Berg, a baker from the hill district, opened a second shop last year.",
        *_filler(60),
        _BYSTANDER,
        "“We bake through the night before every market day,” the baker said.",
    ]
    assert speakers(paragraphs) == ["Marta Lindqvist", "Jonas Berg"]


@pytest.mark.parametrize("gap", [3, 40, 150])
def test_a_body_introduced_far_back_is_the_group(gap: int) -> None:
    """A body introduced as a kind ("Friends of the Quay, a local heritage group,") is
    "the group" however far back, and the latest body so introduced wins."""
    paragraphs = [
        "Friends of the Quay, a local heritage group, opposed the new pier in March.",
        *_filler(gap),
        "“The old stones must stay where they are for another century,” the group said.",
    ]
    assert quoted(paragraphs)[0][1] == "Friends of the Quay"
    paragraphs = [
        "Friends of the Quay, a local heritage group, opposed the new pier in March.",
        *_filler(gap),
        "Harbour Rowing Trust, a rowing group, backed the pier in April.",
        *_filler(gap),
        "“The old stones must stay where they are for another century,” the group said.",
    ]
    assert quoted(paragraphs)[0][1] == "Harbour Rowing Trust"
