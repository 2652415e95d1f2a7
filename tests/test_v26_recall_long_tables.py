"""Version 26 (recall): a long table is read as a table when its body wins the scoring.

In a list page set as one long table (films, results, a timeline), the <tbody> holds the
scored cells and wins. Read as a plain container, each cell became a paragraph of its own
and the row's head cell (a linked title in <th scope="row">) went as a link line; a short
table, where the text around it wins, was already read one line per row. (Pages written for
the tests.)
"""

from __future__ import annotations

from newstui.extract import extract_article

_INTRO = (
    "<p>The river society keeps a list of every boat that has raced in the autumn regatta since it "
    "began, with the year of its first race and a line about its crew and how it fared.</p>"
)


def _paragraphs(rows: int) -> list[str]:
    body = "".join(
        f"<tr><th scope='row'><i><a href='/boats/b{i}'>Heron {i}</a></i></th><td>{1950 + i}</td>"
        f"<td>A clinker-built four rowed by the mill workers of the east bank; it came in number {i} "
        f"in its first year and has raced every autumn since.<sup><a href='#n{i}'>[{i}]</a></sup></td></tr>"
        for i in range(rows)
    )
    html = (
        "<html><head><title>Boats of the autumn regatta</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/river'>River</a></div>"
        f"<div id='content'><h1>Boats of the autumn regatta</h1>{_INTRO}"
        "<table class='listing sortable'><thead><tr><th>Boat</th><th>First race</th><th>Notes</th></tr></thead>"
        f"<tbody>{body}</tbody></table></div>"
        "<div class='side'><p><a href='/other'>Other news</a></p></div></body></html>"
    )
    article = extract_article(html.encode())
    return [p for s in article.sections for p in s.paragraphs]


def test_a_long_table_keeps_one_line_per_row_with_its_linked_title() -> None:
    paragraphs = _paragraphs(40)
    rows = [p for p in paragraphs if p.startswith("Heron ")]
    assert len(rows) == 40, paragraphs[:6]
    assert rows[7].startswith("Heron 7 | 1957 | A clinker-built four")
    assert any("river society keeps a list" in p for p in paragraphs)


def test_a_short_table_reads_as_before() -> None:
    rows = [p for p in _paragraphs(5) if p.startswith("Heron ")]
    assert len(rows) == 5
