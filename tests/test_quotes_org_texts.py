"""An organisation's statement or release speaks for the organisation named before it.
All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "A lawsuit accused Brightwell Foods of false labelling in 2019. Brightwell Foods quickly hit back."


@pytest.mark.parametrize(
    "sentence",
    [
        "Its statement claimed, “The labels were checked by the regulator every single year.”",
        "The company’s release continued, “The labels were checked by the regulator every single year.”",
        "The firm's statement asserted, “The labels were checked by the regulator every single year.”",
        "Its statement said: “The labels were checked by the regulator every single year.”",
    ],
)
def test_an_organisations_statement_speaks_for_it(sentence: str) -> None:
    assert [q.speaker for q in find_quotes([_BEFORE, sentence])] == ["Brightwell Foods"]


def test_a_persons_statement_is_not_the_firms() -> None:
    paras = [_BEFORE, "Her statement said: “I never saw the labels before they were printed.”"]
    assert [q.speaker for q in find_quotes(paras)] != ["Brightwell Foods"]
