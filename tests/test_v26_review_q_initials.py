"""Review of names3: a bracketed code after a body's name is not always its initials. A
country's or a union's code names where the body sits ("Veltrix Holdings (UK)", "the
Citizens League (EU)"): later "the UK said" is the country, not the body. A body's own
initials, or another language's of three letters or more, still name it. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_QUOTE = "“The rules will change before the summer,”"


@pytest.mark.parametrize(
    ("body", "code"),
    [("Veltrix Holdings", "UK"), ("The Citizens League", "EU"), ("Marrow Freight Lines", "US")],
)
def test_a_country_code_after_a_body_stays_the_country(body: str, code: str) -> None:
    paras = [f"{body} ({code}) cut 300 jobs on Monday.", f"{_QUOTE} the {code} said."]
    assert speakers(paras) == [code]


def test_a_bodys_initials_and_another_languages_still_name_it() -> None:
    paras = ["The Veltrix Shipping Board (VSB) met on Monday.", f"{_QUOTE} the VSB said."]
    assert speakers(paras) == ["Veltrix Shipping Board"]
    paras = ["The Coastal Research Agency (AKR) met on Monday.", f"{_QUOTE} the AKR said."]
    assert speakers(paras) == ["Coastal Research Agency"]
