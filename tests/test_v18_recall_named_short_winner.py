"""Version 18 (recall): a short block that wins only on its name yields to the block holding the story.

Class and id words that read like a story frame ('post', 'content', 'entry') add 25 to a
container's score; on old and hand-made templates a comment form's note ('postbox') or a
short notice so named outscored an unnamed table cell holding the whole story in one paragraph
of <br>-separated runs, and the page's text was the note (pages written for the tests).
"""

from __future__ import annotations

from extract_helpers import body_text

_RUNS = (
    "The river trust planted four hundred willows along the east bank this autumn",
    "volunteers from three villages carried the saplings across the meadows by hand",
    "The trust says the trees will hold the bank together when the winter floods come",
    "and that otters, which left the stretch a decade ago, have been seen near the mill",
    "A warden said the work would go on next year if the weather allowed it",
    "and that schools would be asked to help with the planting on the west bank",
    "Anglers welcomed the shade, saying trout gather where the water is cool",
    "though one farmer said the roots might one day block his field drain",
)


def _story() -> str:
    return "<br><br>".join(f"<span>{_RUNS[i]}, {_RUNS[i + 1]}.</span>" for i in range(0, len(_RUNS), 2))


def _page(note_id: str) -> str:
    return (
        "<html><head><title>Willows for the river</title></head><body><table><tr>"
        "<td width='120'><a href='/'>Home</a><br><a href='/news'>News</a></td>"
        f"<td><table><tr><td><h1>Willows for the river</h1><p>{_story()}</p></td></tr></table></td></tr></table>"
        f"<div class='wrap'><div id='{note_id}'><p>NOTE: keep your remarks under three hundred words, "
        "and be civil.</p><p>By sending it you accept the house rules of the site.</p></div></div></body></html>"
    )


def test_the_story_cell_beats_a_short_note_named_like_a_post() -> None:
    text = body_text(_page("postbox"))
    assert "The river trust planted four hundred willows" in text
    assert "though one farmer said the roots" in text
    assert text.startswith("The river trust planted")  # the story, not the note, is the text


def test_an_unnamed_note_never_won() -> None:
    # The same page with a plain id: the story cell wins on its prose alone.
    text = body_text(_page("notebox"))
    assert "The river trust planted four hundred willows" in text


def test_a_brief_named_as_the_story_keeps_its_place_beside_a_longer_unnamed_block() -> None:
    # A brief of a few sentences is a story: a long unnamed block elsewhere does not replace it.
    brief = (
        "<p>The county library will open on Sundays from next month, the council said on Friday.</p>"
        "<p>Staff will work the extra day on a rota, and the reading room will close an hour "
        "earlier on Mondays to pay for it, a spokeswoman said.</p>"
        "<p>Readers had asked for Sunday hours in a survey last spring, and the council agreed.</p>"
    )
    blurb = "".join(
        f"<p>Our paper has served the county since the year {1900 + n}, when a printer on the "
        f"market square set its first page by hand, and it has never missed a week since then.</p>"
        for n in range(6)
    )
    links = " ".join(f"<a href='/town/{n}'>Town news page {n}</a>" for n in range(8))
    html = (
        "<html><head><title>Library opens on Sundays</title></head><body>"
        f"<div class='page'><h1>Library opens on Sundays</h1><div class='entry-content'>{brief}</div></div>"
        f"<div class='links'>{links}</div><div class='side'><div class='blurb'>{blurb}</div></div></body></html>"
    )
    text = body_text(html)
    assert text.startswith("The county library will open on Sundays")
    assert "a printer on the market square" not in text
