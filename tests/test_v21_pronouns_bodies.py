"""Version 21: who "it" and "the company" are, over any length of article. An acronym
qualifying a body noun ("the UN refugee agency") names the body's parent, so an "it"
after that body as subject is the body, unnamed: nobody is named, never the parent. And
the look-back for "the company" to the business named before reads only the paragraphs
that name one, so its work does not grow with the article's square. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers
from newstui.extract.quotes.resolver import Resolver


@pytest.mark.parametrize(
    "opening",
    [
        "The UN refugee agency said on Friday that arrivals at the border had doubled since spring.",
        "Aid workers said the camps were full. The UN refugee agency warned of a hard winter.",
        "The EU executive proposed new limits on farm subsidies on Wednesday.",
    ],
)
def test_it_after_a_body_under_an_acronym_names_nobody(opening: str) -> None:
    quote = "“We need shelter for ten thousand families before the snow comes,” it said in a statement."
    assert speakers([opening, quote]) == [None]


def test_it_after_a_named_agency_is_that_agency() -> None:
    assert speakers(
        [
            "The Harbour Safety Agency said on Friday that two ferries had failed their checks.",
            "“Both vessels will stay in port until the repairs are done,” it said in a statement.",
        ]
    ) == ["Harbour Safety Agency"]


def test_the_company_far_down_a_long_article_is_the_business_named_first() -> None:
    paragraphs = ["Halvern Foods cut its forecast for the year on Monday."]
    for week in range(400):
        paragraphs.append(f"Sales fell again in week {week} of the year, and shop staff waited for news.")
    paragraphs.append("“We expect a better quarter once the new ovens are working,” the company said.")
    assert speakers(paragraphs) == ["Halvern Foods"]


class _CountedList(list):  # type: ignore[type-arg]
    """A paragraph's mentions, counting how often they are read through."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        _CountedList.reads += 1
        return super().__iter__()


def test_the_company_look_back_reads_few_paragraphs_per_question() -> None:
    paragraphs = ["Halvern Foods cut its forecast for the year on Monday."]
    for week in range(600):
        paragraphs.append(f"Sales fell again in week {week} of the year, and shop staff waited for news.")
    res = Resolver(paragraphs, [[] for _ in paragraphs], None)
    for para in res.paras:
        para.mentions = _CountedList(para.mentions)
    _CountedList.reads = 0
    asked = range(1, len(paragraphs), 5)
    found = [res.org_antecedent(p, 0, None, back=len(paragraphs)) for p in asked]
    assert {entity.name if entity else None for entity in found} == {"Halvern Foods"}
    # One pass over the article, then a paragraph or two per question: not every
    # paragraph back to the first for each (about 36,000 reads).
    assert _CountedList.reads <= len(paragraphs) + 3 * len(asked)
