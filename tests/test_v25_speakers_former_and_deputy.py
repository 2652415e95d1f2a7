"""Version 25: a former holder of an office is not who holds it now, and a bare rank is
nobody else. "Former Mayor Jo Dee … “…,” the mayor said" names the mayor now (unnamed
here), not Jo Dee; "the former deputy mayor" is a former deputy, never the deputy now;
"the deputy" with no deputy named is not the mayor named before, and "Deputy Tom Crane"
is "the deputy". Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Former Mayor Jo Dee came to the harbour fair.", "“We never had a fair this big,” the mayor said."], None),
        (["Former mayor Jo Dee came to the harbour fair.", "“We never had a fair this big,” the mayor said."], None),
        (
            ["Jo Dee, a former mayor, came to the harbour fair.", "“We never had a fair this big,” the mayor said."],
            None,
        ),
        (
            [
                "Former Mayor Jo Dee came to the harbour fair.",
                "Mayor Ann Toll gave the opening speech.",
                "“We never had a fair this big,” the mayor said.",
            ],
            "Ann Toll",
        ),
        (
            ["Former Mayor Jo Dee came to the harbour fair.", "“We never had a fair this big,” the former mayor said."],
            "Jo Dee",
        ),
        (
            ["Deputy Mayor Tom Crane cut the ribbon.", "“It was better in my day,” the former deputy mayor said."],
            None,
        ),
        (
            [
                "Former Deputy Mayor Jo Dee came to the fair, and so did Deputy Mayor Tom Crane.",
                "“It was better in my day,” the former deputy mayor said.",
            ],
            "Jo Dee",
        ),
        (
            [
                "Jo Dee, a former deputy mayor, came to the fair, and so did Deputy Mayor Tom Crane.",
                "“We will be back next year,” the deputy mayor said.",
            ],
            "Tom Crane",
        ),
        (["Mayor Ann Toll cut the ribbon at the harbour fair.", "“It was windy all day,” the deputy said."], None),
        (
            [
                "Mayor Ann Toll cut the ribbon at the harbour fair. Deputy Tom Crane watched the crowd.",
                "“It was windy all day,” the deputy said.",
            ],
            "Tom Crane",
        ),
    ],
)
def test_a_former_holder_and_a_bare_rank(paragraphs: list[str], speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(paragraphs)] == [speaker]


def test_a_former_mayor_now_a_senator_is_still_the_senator() -> None:
    found = find_quotes(
        [
            "Sen. Jo Dee, a former mayor of Pell Bay, visited the harbour fair.",
            "“The harbour has never looked better,” the senator said.",
        ]
    )
    assert [q.speaker for q in found] == ["Jo Dee"]


def test_a_look_back_weighs_a_former_holder_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph of many "Former Mayor Jo Dee spoke. “…,” the mayor said." reads the
    former mayor once a description, not once for each earlier naming (quadratic)."""
    from newstui.extract.names import Entity
    from newstui.extract.quotes.descriptions import Descriptions

    calls = 0
    weigh = Descriptions._held_once

    def counted(self: Descriptions, entity: Entity, key: str) -> bool:
        nonlocal calls
        calls += 1
        return weigh(self, entity, key)

    monkeypatch.setattr(Descriptions, "_held_once", counted)
    text = "".join(
        f"Former Mayor Jo Dee spoke. “We never had a fair this big, not in year {k},” the mayor said. "
        for k in range(300)
    )
    found = find_quotes([text])
    assert len(found) == 300 and {q.speaker for q in found} == {None}
    assert calls <= 2 * 300
