"""Review of v25 (recall), lists of amounts: boxes whose items open with a figure but name no amount.

A box of linked teaser titles that open with a figure ('<a>5 cheap cars</a>') has no words besides
the figure outside its links, and a box of events dated '12 Jan <a>Budget vote</a>' opens each item
with a date, and a results box pairs two linked names by a score ('3-1 <a>Millford</a> v
<a>Eastbay</a>'): all are link boxes, cleaned out as before the amounts rule. A kit list whose units
stand outside the links stays. (Pages written for the tests.)
"""

from __future__ import annotations

from newstui.extract import extract_article

_OPENING = (
    "<p>The river ferry between the two old mill towns will run again from Monday, after a winter in which "
    "the crossing was closed by floods and a broken winch that took months to replace.</p>"
    "<p>Its new skipper, a former lorry driver who learned to pilot boats on the lakes, says the first week "
    "will be free for everyone who lives within five miles of either landing.</p>"
)
_CLOSING = (
    "<p>The council hopes the ferry will carry twenty thousand people this year, and has asked the "
    "operators to add a late sailing on Fridays if the spring goes well for them.</p>"
)


def _text(box: str) -> str:
    html = (
        "<html><head><title>Ferry</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>The ferry is back</h1>{_OPENING}<div class='card'>{box}</div>{_CLOSING}</article>"
        "</body></html>"
    )
    article = extract_article(html.encode(), url="https://news.example/ferry")
    return " ".join(p for s in article.sections for p in s.paragraphs)


def test_a_box_of_linked_titles_opening_with_figures_goes() -> None:
    titles = ["5 cheap cars", "10 best beaches", "3 ways to save"]
    box = "<h3>More</h3><ul>" + "".join(f'<li><a href="/n/{i}">{t}</a></li>' for i, t in enumerate(titles)) + "</ul>"
    text = _text(box)
    assert "cheap cars" not in text and "best beaches" not in text
    assert "late sailing" in text


def test_a_box_of_dated_short_links_goes() -> None:
    events = [(12, "Budget vote"), (15, "Town fair"), (20, "Choir night")]
    box = "<h3>Events</h3><ul>" + "".join(f'<li>{d} Jan <a href="/e/{d}">{t}</a></li>' for d, t in events) + "</ul>"
    text = _text(box)
    assert "Budget vote" not in text and "Choir night" not in text


def test_a_kit_list_with_its_units_outside_the_links_stays() -> None:
    kit = [("2", "m of", "rope"), ("1", "set of", "pegs"), ("4", "large", "hooks")]
    box = (
        "<h3>You will need</h3><ul>"
        + "".join(f'<li>{n} {unit} <a href="https://shop.example/{name}">{name}</a></li>' for n, unit, name in kit)
        + '<li>6 <a href="https://shop.example/clips">clips</a> or <a href="https://shop.example/ties">ties</a></li>'
        + "</ul>"
    )
    text = _text(box)
    assert "2 m of rope" in text and "1 set of pegs" in text and "4 large hooks" in text
    assert "6 clips or ties" in text  # one item of two linked names in a list of amounts stays with it


def test_a_box_of_results_between_linked_names_goes() -> None:
    games = [("3-1", "Millford", "Eastbay"), ("0-0", "Kirkton", "Hollow Vale"), ("2-4", "Upper Ash", "Dunmore")]
    box = (
        "<h3>Results</h3><ul>"
        + "".join(f'<li>{s} <a href="/t/{a}">{a}</a> v <a href="/t/{b}">{b}</a></li>' for s, a, b in games)
        + "</ul>"
    )
    text = _text(box)
    assert "Millford" not in text and "Kirkton" not in text
