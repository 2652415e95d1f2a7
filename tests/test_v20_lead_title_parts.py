"""A <title> of hundreds of parts is read in time: its runs of parts are not all tried."""

from __future__ import annotations

from newstui.extract import extract_article

PARAS = "".join(
    f"<p>Paragraph {i} of the council's report on the harbour has words enough, and commas, to count.</p>"
    for i in range(6)
)


def test_a_title_of_five_hundred_parts_does_not_refuse_the_page() -> None:
    title = "Harbour report" + " - a" * 500  # 2 KB; every run of parts was compared with the page
    page = f"<html><head><title>{title}</title></head><body><div>{PARAS}</div></body></html>"
    article = extract_article(page)  # raised 'page too large/complex' (the 1.5 s CPU budget) before
    assert article.sections[0].paragraphs[0].startswith("Paragraph 0")


def test_a_title_of_a_few_parts_still_finds_the_part_the_page_shows() -> None:
    page = (
        "<html><head><title>Port News - Harbour dues to rise in spring - Local</title></head><body>"
        "<table><tr><td><b>Harbour dues to rise in spring</b></td></tr></table>"
        f"<div>{PARAS}</div></body></html>"
    )
    assert extract_article(page).headline == "Harbour dues to rise in spring"
