"""The article's two furniture lines at the widths a terminal gives them.

The meta line (byline · date · feed · reading time) broke between its pieces but began the next
line with the "·", so a line read "· 1 min read": a separator ends the line it follows, never
starts one. The Source line let the text wrap fold the URL wherever the width ran out, mid-name
("…comet-breaks-apart.htm" / "l"): it breaks after a "/" or before a "?", "&" or "#", as a reader
splits a link; a single name wider than the pane breaks after one of its "-" or "."."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from newstui.ui.widgets.article_view import MetaLine, SourceLine
from newstui.ui.wrap import wrap_link
from ui_helpers import ARTICLE, Seeded, make_app, open_guid, running, save_article

PARTS = ["Odile Varga-Lindqvist", "3 Feb 2026, 07:45", "The Coastal Gazette", "4 min read"]

LONG_URL = (
    "http://news.test/regional/coast/2026/02/03/storm-surge-floods-the-lower-quay-overnight.html"
    "?utm_source=feed&utm_medium=rss#comments"
)


def test_no_meta_line_starts_with_a_separator() -> None:
    meta = MetaLine(PARTS)
    for width in range(8, 80):
        lines = meta.lines(width)
        assert not any(line.lstrip().startswith("·") for line in lines), (width, lines)
        if width >= 24:  # every piece fits a line: the lines are the pieces, broken between them
            assert " ".join(lines) == " · ".join(PARTS), (width, lines)
        assert all(len(line) <= width for line in lines if " · " in line), (width, lines)  # a lone piece may be wider


def url_breaks(lines: list[str], url: str) -> list[int]:
    """Where, in `url`, the lines after the first begin."""
    pieces = [line.removeprefix("Source:").lstrip() for line in lines]
    pieces = [piece for piece in pieces if piece]
    assert "".join(pieces) == url
    breaks, at = [], 0
    for piece in pieces:
        at += len(piece)
        breaks.append(at)
    return breaks[:-1]


@pytest.mark.parametrize("width", [50, 60, 72, 84])  # the longest name fits
def test_a_long_url_breaks_only_at_its_separators(width: int) -> None:
    lines = wrap_link("Source:", LONG_URL, width)
    assert lines[0].startswith("Source: http")  # the link starts on the label's line
    assert all(len(line) <= width for line in lines), lines
    for at in url_breaks(lines, LONG_URL):
        assert LONG_URL[at - 1] == "/" or LONG_URL[at] in "?&#", (width, lines)


def test_a_url_that_fits_a_line_is_never_broken() -> None:
    """A link that fits a line whole goes under the label whole: one line to select or click
    in the terminal (a terminal finds a link only on one line)."""
    url = "http://news.test/odd/quay.html"
    assert wrap_link("Source:", url, 40) == [f"Source: {url}"]
    assert wrap_link("Source:", url, len(url) + 3) == ["Source:", url]
    assert wrap_link("Source:", url, len(url)) == ["Source:", url]


def rendered(widget: MetaLine | SourceLine) -> list[str]:
    return [strip.text.rstrip() for strip in widget.render_lines(widget.region.reset_offset)]


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
async def test_the_article_pane_wraps_meta_and_source_at_their_separators(
    seeded: Seeded, size: tuple[int, int]
) -> None:
    save_article(seeded, "world-0", replace(ARTICLE, byline="Odile Varga-Lindqvist and Tomas Brenner", url=LONG_URL))
    app = make_app(seeded)
    async with running(app, size) as pilot:
        await open_guid(app, pilot, "world-0")
        meta = app.main_screen.query_one(MetaLine)
        meta_lines = [line for line in rendered(meta) if line.strip()]
        assert not any(line.lstrip().startswith("·") for line in meta_lines), meta_lines
        assert any(re.search(r"\d+ min read", line) for line in meta_lines), meta_lines
        source = app.main_screen.query_one(SourceLine)
        lines = [line.strip() for line in rendered(source) if line.strip()]
        assert lines[0].startswith("Source: http")
        for at in url_breaks(lines, LONG_URL):  # a name wider than the pane breaks after a "-" or "."
            assert LONG_URL[at - 1] in "/-." or LONG_URL[at] in "?&#", lines
        assert source.url == LONG_URL  # the whole URL, for o and for a selection


async def test_selecting_the_source_lines_copies_the_url_whole(seeded: Seeded) -> None:
    from textual.selection import SELECT_ALL

    save_article(seeded, "world-0", replace(ARTICLE, url=LONG_URL))
    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        await open_guid(app, pilot, "world-0")
        source = app.main_screen.query_one(SourceLine)
        assert len([line for line in rendered(source) if line.strip()]) > 1  # laid out over lines
        app.main_screen.selections = {source: SELECT_ALL}
        assert app.main_screen.get_selected_text() == f"Source: {LONG_URL}"
