"""Quote finder, version 11: speaker rules written from a held-out batch's misses.
All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.vocabulary import ISSUED_TEXTS


def _speakers(paragraphs: list[str], headline: str | None = None) -> list[str | None]:
    return [q.speaker for q in find_quotes(paragraphs, headline=headline)]


# -- one vocabulary of texts that speak for their issuer ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A survey by the Harbour Institute reads: “Four in ten tenants have skipped a meal to pay the rent.”",
        "A study from the Harbour Institute states, “Four in ten tenants have skipped a meal to pay the rent.”",
        "A reply from the Harbour Institute reads: “Four in ten tenants have skipped a meal to pay the rent.”",
    ],
)
def test_any_issued_text_read_out_speaks_for_its_issuer(sentence: str) -> None:
    assert _speakers(["Rents rose again in March.", sentence]) == ["Harbour Institute"]


def test_an_organisations_report_is_an_issued_text() -> None:
    paras = [
        "Brightwell Foods published its yearly figures on Monday.",
        "Its report said: “Sales of frozen meals fell for the first time in a decade.”",
    ]
    assert _speakers(paras) == ["Brightwell Foods"]
    assert {"statement", "release", "report", "reply", "tweet"} <= ISSUED_TEXTS
