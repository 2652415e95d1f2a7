"""Review of version 26 (recall): a long table grouped in several bodies is read once.

`content._whole_tables` reads the table whole when its <tbody> wins the scoring. A table
grouped in several <tbody> elements (a season per body, a decade per body) had each body
taken beside the winner and each turned into the same whole table, so every row came out
as many times as the table had bodies. (Pages written for the tests.)
"""

from __future__ import annotations

import time

from newstui.extract import extract_article


def _paragraphs(groups: int, rows: int) -> list[str]:
    bodies = "".join(
        "<tbody>"
        + "".join(
            f"<tr><th scope='row'><a href='/kites/k{g}-{i}'>Kestrel {g}-{i}</a></th><td>{1980 + i}</td>"
            f"<td>A box kite of waxed paper and cane flown from the dunes by the school's kite club; it stayed "
            f"up for {i + 3} minutes in its first contest and has flown every spring since.</td></tr>"
            for i in range(rows)
        )
        + "</tbody>"
        for g in range(groups)
    )
    html = (
        "<html><head><title>Kites of the spring contest</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/coast'>Coast</a></div>"
        "<div id='content'><h1>Kites of the spring contest</h1>"
        "<p>The kite club keeps a record of every kite that has flown in the spring contest on the dunes, "
        "with the year it was first flown and a line about how long it stayed up.</p>"
        "<table class='listing'><thead><tr><th>Kite</th><th>First flown</th><th>Notes</th></tr></thead>"
        f"{bodies}</table></div>"
        "<div class='side'><p><a href='/other'>Other news</a></p></div></body></html>"
    )
    article = extract_article(html.encode())
    return [p for s in article.sections for p in s.paragraphs]


def test_a_table_of_two_bodies_gives_each_row_once() -> None:
    rows = [p for p in _paragraphs(2, 40) if p.startswith("Kestrel ")]
    assert len(rows) == 80 and len(set(rows)) == 80, (len(rows), len(set(rows)))
    assert rows[0].startswith("Kestrel 0-0 | 1980 | A box kite") and rows[-1].startswith("Kestrel 1-39 |")


def test_a_table_of_one_body_still_reads_whole() -> None:
    rows = [p for p in _paragraphs(1, 40) if p.startswith("Kestrel ")]
    assert len(rows) == 40 and rows[5].startswith("Kestrel 0-5 | 1985 |")


def test_a_table_of_thousands_of_rows_stays_linear() -> None:
    start = time.process_time()
    rows = [p for p in _paragraphs(2, 2500) if p.startswith("Kestrel ")]
    assert len(rows) == 5000
    assert time.process_time() - start < 10  # about 0.4 s on the shared machine
