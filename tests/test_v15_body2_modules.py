"""Version 15 (body, round two): a story cut into page-wide modules that are children of <body>."""

from __future__ import annotations

from extract_helpers import body_text

_FIRST = (
    "The county ferry now leaves the north quay every forty minutes, and the timetable printed at the "
    "landing stage was changed on Monday to add the two early crossings that commuters asked for."
)
_SECOND = (
    "Fares stay as they were until the spring, the operator said, although the new boat burns a third "
    "more fuel on the long crossing to the island and the harbour dues were raised in the autumn."
)
_THIRD = (
    "Residents of the island will keep their reduced ticket, and a card that covers a whole month of "
    "crossings goes on sale at the harbour office from the first of next month, the council said."
)


def _module(*paragraphs: str) -> str:
    """One text module of the page builder: the same four levels of named containers each time."""
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<div class='band band-text'><div class='wrap topic'><div class='grid'>"
        f"<div class='col-8 push-1'>{inner}</div></div></div></div>"
    )


def _page() -> str:
    table = (
        "<div class='band band-table'><div class='wrap'><table>"
        "<tr><th>Crossing</th><th>Minutes</th></tr><tr><td>Short</td><td>12</td></tr>"
        "<tr><td>Long</td><td>35</td></tr></table></div></div>"
    )
    return (
        "<html><head><title>Ferry adds early crossings</title></head><body>"
        "<section class='masthead'><a href='/'>Harbour Post</a></section>"
        "<section class='head'><h1>Ferry adds early crossings</h1></section>"
        f"{_module(_FIRST, _SECOND)}{table}{_module(_THIRD, _SECOND.replace('Fares', 'Tickets'))}"
        "<footer><a href='/about'>About</a> <a href='/contact'>Contact</a></footer></body></html>"
    )


def test_text_modules_that_are_children_of_body_are_joined() -> None:
    # General pattern: a landing-page template sets each run of the story in a page-wide
    # module (band > wrap > grid > column) straight under <body>, with a table module
    # between; the same chain of containers leads to each run, but the twin search
    # stopped below <body> and the second run was lost.
    text = body_text(_page())
    assert "The county ferry now leaves the north quay" in text
    assert "Residents of the island will keep their reduced ticket" in text


def test_a_body_level_module_of_another_kind_is_not_joined() -> None:
    # A teaser band after the story has its own containers: not a twin of the text modules.
    teaser = (
        "<div class='band band-teaser'><div class='wrap'><p>Sign up to the harbour newsletter for the "
        "timetable of every crossing and the notices of the council sent every week to your inbox.</p></div></div>"
    )
    page = _page().replace("<footer>", teaser + "<footer>")
    text = body_text(page)
    assert "Residents of the island will keep their reduced ticket" in text
    assert "harbour newsletter" not in text
